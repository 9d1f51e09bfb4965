import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ingestArticle } from '../../../lib/ingest';
import { describeOutcome, ingestFolder } from '../../../lib/ingest/seed-folder';
import { slugSchema } from '../../../lib/validation/params';
import { makeTestDb, type TestDb } from '../../setup/test-db';

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

  it('brings a changed article’s facts in line in place, and touches no other article', async () => {
    await ingestArticle(t.db, { file: SEED, text: seedText });
    await ingestArticle(t.db, { file: 'other.txt', text: 'Watford Borough Council spent £50,000 on CCTV in 2019-20.' });
    const before = await t.db.fact.findMany({ where: { article: { file: SEED } }, orderBy: { start: 'asc' } });
    // Same length, so every other figure keeps its offsets. The budget in the same sentence keeps
    // its value but is read from a changed sentence: updated too.
    const changed = seedText.replace('£83,000', '£84,000');
    const outcome = await ingestArticle(t.db, { file: SEED, text: changed });

    expect(outcome.status).toBe('replaced');
    expect(outcome.facts).toEqual({ added: 0, updated: 2, removed: 0, unchanged: 11 });
    expect(await t.counts()).toEqual({ councils: 3, articles: 2, facts: 14 });
    const after = await t.db.fact.findMany({ where: { article: { file: SEED } }, orderBy: { start: 'asc' } });
    // Every fact keeps its row (its id, and whatever is attached to it later); one changed value.
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    expect(after.filter((f, i) => f.value !== before[i]?.value).map((f) => [f.value, f.quote.slice(0, 40)])).toEqual([
      [84000, 'Government figures show the council spen'],
    ]);
    expect(await t.db.fact.count({ where: { article: { file: 'other.txt' } } })).toBe(1);
  });

  it('adds what a changed text newly says and removes what it no longer says', async () => {
    const file = 'watford.txt';
    await ingestArticle(t.db, { file, text: 'Watford Borough Council spent £50,000 on CCTV in 2019-20.' });
    const [kept] = await t.db.fact.findMany();
    const text = 'Watford Borough Council spent £50,000 on CCTV in 2019-20. Its CCTV budget for 2020-21 is £55,000.';
    expect((await ingestArticle(t.db, { file, text })).facts).toEqual({
      added: 1,
      updated: 0,
      removed: 0,
      unchanged: 1,
    });
    expect((await t.db.fact.findMany({ orderBy: { id: 'asc' } }))[0]?.id).toBe(kept?.id);

    const shorter = 'Watford Borough Council will spend £55,000 on CCTV in 2020-21.';
    const outcome = await ingestArticle(t.db, { file, text: shorter });
    expect(outcome.facts).toEqual({ added: 1, updated: 0, removed: 2, unchanged: 0 });
    expect((await t.db.fact.findMany()).map((f) => [f.metric, f.financialYear, f.value])).toEqual([
      ['budget', 2020, 55000],
    ]);
  });

  it('re-reads the years when only the publication date changes', async () => {
    const text = 'Hertsmere council spent £117,000 on CCTV last year.';
    await ingestArticle(t.db, { file: 'h.txt', text, published: '2019-05-02' });
    const outcome = await ingestArticle(t.db, { file: 'h.txt', text, published: '2020-05-02' });
    expect(outcome.status).toBe('replaced');
    expect(outcome.facts).toEqual({ added: 1, updated: 0, removed: 1, unchanged: 0 });
    expect((await t.db.fact.findMany()).map((f) => f.financialYear)).toEqual([2019]);
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

  it('reports on a dry run exactly what the real run then does, writing nothing', async () => {
    // A second file with the same name: the real run gives it a slug with the text's hash.
    await ingestArticle(t.db, { file: 'a/x.txt', text: 'Dacorum Borough Council spent £150,000 on CCTV in 2017-18.' });
    const input = { file: 'b/x.txt', text: 'Watford Borough Council spent £50,000 on CCTV in 2019-20.' };
    const before = await t.counts();
    const dry = await ingestArticle(t.db, input, { dryRun: true });
    expect(await t.counts()).toEqual(before);
    const real = await ingestArticle(t.db, input);
    expect(dry).toEqual(real);
    expect(real.slug).toMatch(/^x-[0-9a-f]{8}$/);
    expect(describeOutcome(dry, true)).toBe('would be added b/x.txt: 1 facts, 0 warnings');

    const changed = { ...input, text: input.text.replace('£50,000', '£60,000') };
    const dryChange = await ingestArticle(t.db, changed, { dryRun: true });
    expect(dryChange).toEqual(await ingestArticle(t.db, changed));
    expect(describeOutcome(dryChange)).toBe(
      'replaced  b/x.txt: 1 facts (0 added, 1 updated, 0 removed, 0 unchanged), 0 warnings',
    );

    // A fact removed, and one for a council the store has not seen: the plan and the writes agree.
    const other = { ...input, text: 'Three Rivers District Council spent £40,000 on CCTV in 2019-20.' };
    const before2 = await t.counts();
    const dryOther = await ingestArticle(t.db, other, { dryRun: true });
    expect(await t.counts()).toEqual(before2);
    expect(dryOther.facts).toEqual({ added: 1, updated: 0, removed: 1, unchanged: 0 });
    expect(dryOther).toEqual(await ingestArticle(t.db, other));
    expect(await t.counts()).toEqual({ ...before2, councils: before2.councils + 1 });
    expect(await t.db.council.findUnique({ where: { slug: 'three-rivers' } })).not.toBeNull();
  });

  it('gives every article an address a page can have, whatever its file is called', async () => {
    const text = 'Watford Borough Council spent £50,000 on CCTV in 2019-20.';
    const long = await ingestArticle(t.db, { file: `${'very-long-name '.repeat(12)}.txt`, text });
    const clash = await ingestArticle(t.db, { file: `other/${'very-long-name '.repeat(12)}.txt`, text: `${text} ` });
    const symbols = await ingestArticle(t.db, { file: '---.txt', text: `${text}  ` });
    for (const { slug } of [long, clash, symbols]) expect(slugSchema.safeParse(slug).success, slug).toBe(true);
    expect(long.slug.length).toBeGreaterThan(70);
    expect(long.slug.length).toBeLessThanOrEqual(80);
    expect(clash.slug).toBe(`${long.slug}-${clash.result.article.sha256.slice(0, 8)}`);
    expect(symbols.slug).toMatch(/^article-[0-9a-f]{8}$/);
  });
});
