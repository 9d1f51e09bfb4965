import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ingestArticle } from '../../lib/ingest';
import { ArticleFileError, readArticleFile } from '../../lib/ingest/read-article';
import { ingestFolder } from '../../lib/ingest/seed-folder';
import { makeTestDb, type TestDb } from '../setup/test-db';

const SEED = 'seeds/000_306cc6ddef71cacb.txt';
const seedText = readFileSync(SEED, 'utf8');

let t: TestDb;
beforeEach(() => {
  t = makeTestDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await t.drop();
});

describe('ingest', () => {
  it('writes the seed article, its 13 facts and the two councils', async () => {
    const outcome = await ingestArticle(t.db, { file: SEED, text: seedText });
    expect(outcome.status).toBe('added');
    expect(await t.counts()).toEqual({ councils: 2, articles: 1, facts: 13 });
    const article = await t.db.article.findUniqueOrThrow({ where: { file: SEED } });
    expect(article).toMatchObject({ slug: '000-306cc6ddef71cacb', currentFinancialYear: 2018, warnings: '[]' });
    expect(article.text).toBe(seedText);
    const wh = await t.db.council.findUniqueOrThrow({ where: { slug: 'welwyn-hatfield' }, include: { facts: true } });
    expect(wh).toMatchObject({ gssCode: 'E07000241', officialName: 'Welwyn Hatfield Borough Council', type: 'NMD' });
    const spend2017 = wh.facts.find((f) => f.metric === 'spend' && f.financialYear === 2017);
    expect(spend2017).toMatchObject({ value: 83000, bound: 'exact', start: 156, end: 163 });
    expect(seedText.slice(spend2017!.start, spend2017!.end)).toBe('£83,000');
  });

  it('is idempotent: the same text twice changes nothing', async () => {
    await ingestArticle(t.db, { file: SEED, text: seedText });
    const before = await t.db.fact.findMany({ orderBy: { id: 'asc' } });
    const again = await ingestArticle(t.db, { file: SEED, text: seedText });
    expect(again.status).toBe('unchanged');
    expect(await t.db.fact.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await t.counts()).toEqual({ councils: 2, articles: 1, facts: 13 });
  });

  it('replaces only that article’s facts when its text changes', async () => {
    await ingestArticle(t.db, { file: SEED, text: seedText });
    await ingestArticle(t.db, { file: 'other.txt', text: 'Watford Borough Council spent £50,000 on CCTV in 2019-20.' });
    const changed = seedText.replace('£83,000', '£84,000');
    const outcome = await ingestArticle(t.db, { file: SEED, text: changed });
    expect(outcome.status).toBe('replaced');
    expect(await t.counts()).toEqual({ councils: 3, articles: 2, facts: 14 });
    const values = (await t.db.fact.findMany({ where: { article: { file: SEED } } })).map((f) => f.value);
    expect(values).toContain(84000);
    expect(values).not.toContain(83000);
    expect(await t.db.fact.count({ where: { article: { file: 'other.txt' } } })).toBe(1);
  });

  it('writes nothing of an article that fails part-way, new or replacing', async () => {
    await ingestArticle(t.db, { file: SEED, text: seedText });
    const before = await t.counts();
    const facts = await t.db.fact.findMany({ orderBy: { id: 'asc' } });
    // Let the transaction run for real but make its last write, the facts, fail.
    const realTransaction = t.db.$transaction.bind(t.db) as (fn: (tx: unknown) => Promise<unknown>) => Promise<unknown>;
    vi.spyOn(t.db, '$transaction').mockImplementation(((fn: (tx: unknown) => Promise<unknown>) =>
      realTransaction((tx) => {
        const broken = new Proxy(tx as object, {
          get: (target, prop) =>
            prop === 'fact'
              ? new Proxy(Reflect.get(target, prop) as object, {
                  get: (f, p) =>
                    p === 'createMany' ? () => Promise.reject(new Error('disk full')) : Reflect.get(f, p),
                })
              : Reflect.get(target, prop),
        });
        return fn(broken);
      })) as never);

    const fresh = 'Dacorum Borough Council spent £150,000 on CCTV in 2017-18.';
    await expect(ingestArticle(t.db, { file: 'new.txt', text: fresh })).rejects.toThrow('disk full');
    await expect(ingestArticle(t.db, { file: SEED, text: seedText.replace('£83,000', '£1') })).rejects.toThrow(
      'disk full',
    );
    vi.restoreAllMocks();

    expect(await t.counts()).toEqual(before);
    expect(await t.db.council.findUnique({ where: { slug: 'dacorum' } })).toBeNull();
    expect(await t.db.fact.findMany({ orderBy: { id: 'asc' } })).toEqual(facts);
  });

  it('seeds a folder twice with the same rows', async () => {
    const first = await ingestFolder(t.db, 'seeds');
    const rows = await t.db.fact.findMany({ orderBy: { id: 'asc' } });
    const second = await ingestFolder(t.db, 'seeds');
    expect(first.map((o) => o.status)).toEqual(['added']);
    expect(second.map((o) => o.status)).toEqual(['unchanged']);
    expect(await t.db.fact.findMany({ orderBy: { id: 'asc' } })).toEqual(rows);
  });
});

describe('reading article files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'articles-'));
  const write = (name: string, data: string | Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return file;
  };

  it('accepts UTF-8 with a byte-order mark and Windows line endings, normalised', async () => {
    const file = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('One.\r\nTwo £5.\r\n')]));
    expect((await readArticleFile(file)).text).toBe('One.\nTwo £5.\n');
  });

  it.each([
    ['a missing file', () => path.join(dir, 'missing.txt'), /no such file/],
    ['a folder', () => dir, /not a regular file/],
    ['an empty file', () => write('empty.txt', ''), /is empty/],
    ['a blank file', () => write('blank.txt', ' \n\n '), /has no text/],
    ['a binary file', () => write('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary/],
    ['invalid UTF-8', () => write('latin1.txt', Buffer.from([0x43, 0x43, 0x54, 0x56, 0xa3, 0x35])), /not valid UTF-8/],
    ['a 5 MB file', () => write('big.txt', 'a'.repeat(5 * 1024 * 1024)), /at most 1 MB/],
  ])('refuses %s with the reason', async (_, make, reason) => {
    const file = make();
    await expect(readArticleFile(file)).rejects.toThrow(ArticleFileError);
    await expect(readArticleFile(file)).rejects.toThrow(reason);
  });
});
