import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleKey, ingestArticle, type ArticleInput } from '../../../lib/ingest';
import { describeOutcome, ingestFolder } from '../../../lib/ingest/seed-folder';
import { applyDecisions } from '../../../lib/review/decide';
import { checkReading } from '../../../lib/review/reading-input';
import { slugSchema } from '../../../lib/validation/params';
import { makeTestDb, type TestDb } from '../../setup/test-db';

const SEED = 'seeds/000_306cc6ddef71cacb.txt';
const seedText = readFileSync(SEED, 'utf8');
const SEED_URL = 'https://www.whtimes.co.uk/news/welwyn-hatfield-council-spending-5624078';
const seed: ArticleInput = { text: seedText, publisher: 'Welwyn Hatfield Times', url: SEED_URL };
const article = (text: string, more: Partial<ArticleInput> = {}): ArticleInput => ({
  text,
  publisher: 'Watford Observer',
  ...more,
});

let t: TestDb;
beforeEach(async () => {
  t = await makeTestDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await t.drop();
});

const facts = () => t.db.fact.findMany({ orderBy: [{ start: 'asc' }, { financialYear: 'asc' }, { metric: 'asc' }] });
const audit = () => t.db.auditEntry.findMany({ orderBy: { id: 'asc' } });

describe('ingest', () => {
  it('writes the seed article with its metadata, its 13 unchecked facts, the two councils and a log entry', async () => {
    const outcome = await ingestArticle(t.db, seed);
    expect(outcome).toMatchObject({ status: 'added', key: SEED_URL });
    expect(await t.counts()).toEqual({ councils: 2, articles: 1, facts: 13 });
    const stored = await t.db.article.findUniqueOrThrow({ where: { key: SEED_URL } });
    expect(stored).toMatchObject({
      publisher: 'Welwyn Hatfield Times',
      url: SEED_URL,
      title: null,
      publishedOn: null,
      addedBy: 'command line',
      currentFinancialYear: 2018,
      warnings: '[]',
    });
    expect(stored.slug).toMatch(/^welwyn-hatfield-times-[0-9a-f]{8}$/);
    expect(stored.text).toBe(seedText);
    const wh = await t.db.council.findUniqueOrThrow({ where: { slug: 'welwyn-hatfield' }, include: { facts: true } });
    const spend2017 = wh.facts.find((f) => f.metric === 'spend' && f.financialYear === 2017)!;
    expect(spend2017).toMatchObject({
      value: 83000,
      bound: 'exact',
      start: 156,
      end: 163,
      status: 'unchecked',
      origin: 'machine',
    });
    expect(JSON.parse(spend2017.machineReading!)).toMatchObject({ council: { name: 'Welwyn Hatfield' }, value: 83000 });
    expect(JSON.parse(spend2017.evidence!).rules.length).toBeGreaterThan(0);
    expect((await audit()).map((e) => [e.actor, e.action, e.articleId])).toEqual([
      ['command line', 'article.added', stored.id],
    ]);
  });

  it('identifies an article by its URL, else by its text’s hash, never by a path', () => {
    expect(articleKey({ text: 'x', url: SEED_URL })).toBe(SEED_URL);
    expect(articleKey({ text: 'x', url: null })).toBe(
      'sha256:2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881',
    );
  });

  it('is idempotent: the same text twice changes nothing; new metadata alone is saved', async () => {
    await ingestArticle(t.db, seed);
    const before = await facts();
    expect((await ingestArticle(t.db, seed)).status).toBe('unchanged');
    expect(await facts()).toEqual(before);
    const retitled = await ingestArticle(t.db, { ...seed, title: 'Council spending revealed' });
    expect(retitled.status).toBe('updated');
    expect(await facts()).toEqual(before);
    expect((await t.db.article.findFirstOrThrow()).title).toBe('Council spending revealed');
    expect((await audit()).map((e) => e.action)).toEqual(['article.added', 'article.updated']);
  });

  it('on a changed text keeps decisions on figures that read the same, and unchecks those read differently', async () => {
    const { articleId } = await ingestArticle(t.db, seed);
    const rows = await facts();
    const spend = rows.find((f) => f.value === 83000)!;
    const [first, second] = rows.filter((f) => f.quote !== spend.quote);
    await t.db.$transaction((tx) =>
      applyDecisions(tx, 'ed@example.org', articleId!, [
        { kind: 'confirm', factId: first!.id, version: 0, reason: null },
        { kind: 'reject', factId: second!.id, version: 0, reason: 'a budget, not spend' },
        { kind: 'confirm', factId: spend.id, version: 0, reason: null },
      ]),
    );

    // Same length: every other figure keeps its offsets; £83,000's sentence changes, so it and the
    // other figure in that sentence are read from a different sentence.
    const outcome = await ingestArticle(t.db, { ...seed, text: seedText.replace('£83,000', '£84,000') });
    expect(outcome.status).toBe('replaced');
    expect(outcome.facts).toEqual({ added: 0, kept: 11, reset: 2, removed: 0 });
    const after = await facts();
    expect(after.map((f) => f.id)).toEqual(rows.map((f) => f.id));
    const byId = new Map(after.map((f) => [f.id, f]));
    expect(byId.get(first!.id)).toMatchObject({ status: 'confirmed', decidedBy: 'ed@example.org' });
    expect(byId.get(second!.id)).toMatchObject({ status: 'rejected', reason: 'a budget, not spend' });
    expect(byId.get(spend.id)).toMatchObject({ status: 'unchecked', value: 84000, decidedBy: null, version: 2 });
    const log = await audit();
    expect(log.at(-1)).toMatchObject({ action: 'article.reparsed', articleId, actor: 'command line' });
    expect(JSON.parse(log.at(-1)!.detail)).toMatchObject({ kept: 11, added: 0, removed: [] });
  });

  it('keeps a corrected figure corrected when its text is unchanged, and an editor’s own figure with its sentence', async () => {
    const text = 'Watford Borough Council spent £50,000 on CCTV in 2019-20. It employs 12 operators in 2019-20.';
    const { articleId } = await ingestArticle(t.db, article(text, { url: 'https://example.org/w' }));
    const [fact] = await facts();
    const reading = checkReading({
      council: 'Dacorum',
      year: '2019',
      metric: 'spend',
      value: '50000',
      bound: 'exact',
      basis: '',
    });
    if (!reading.ok) throw new Error('reading');
    const cameras = checkReading({
      council: 'Watford',
      year: '2019',
      metric: 'cameras',
      value: '12',
      bound: 'exact',
      basis: '',
    });
    if (!cameras.ok) throw new Error('reading');
    const start = text.indexOf('12 operators');
    await t.db.$transaction((tx) =>
      applyDecisions(
        tx,
        'ed@example.org',
        articleId!,
        [
          {
            kind: 'correct',
            factId: fact!.id,
            version: 0,
            reading: reading.reading,
            reason: 'the story is about Dacorum',
          },
        ],
        [{ start, end: start + 2, reading: cameras.reading, reason: null }],
      ),
    );
    const changed = `Updated. ${text}`;
    const outcome = await ingestArticle(t.db, article(changed, { url: 'https://example.org/w' }));
    expect(outcome.facts).toEqual({ added: 0, kept: 2, reset: 0, removed: 0 });
    const [corrected, added] = await facts();
    expect(corrected).toMatchObject({ status: 'corrected', start: fact!.start + 9 });
    expect((await t.db.council.findUniqueOrThrow({ where: { id: corrected!.councilId! } })).name).toBe('Dacorum');
    expect(added).toMatchObject({ origin: 'editor', status: 'confirmed', start: start + 9, value: 12 });
    expect(changed.slice(added!.start, added!.end)).toBe('12');

    // Its sentence gone, the editor's figure goes too, and the log keeps what it was.
    const gone = await ingestArticle(
      t.db,
      article('Watford Borough Council spent £50,000 on CCTV in 2019-20.', { url: 'https://example.org/w' }),
    );
    expect(gone.facts).toMatchObject({ removed: 1 });
    expect(JSON.parse((await audit()).at(-1)!.detail).removed).toEqual([
      expect.objectContaining({ origin: 'editor', status: 'confirmed', value: 12 }),
    ]);
  });

  it('adds what a changed text newly says and removes what it no longer says', async () => {
    const url = 'https://example.org/watford';
    await ingestArticle(t.db, article('Watford Borough Council spent £50,000 on CCTV in 2019-20.', { url }));
    const [kept] = await facts();
    const text = 'Watford Borough Council spent £50,000 on CCTV in 2019-20. Its CCTV budget for 2020-21 is £55,000.';
    expect((await ingestArticle(t.db, article(text, { url }))).facts).toEqual({
      added: 1,
      kept: 1,
      reset: 0,
      removed: 0,
    });
    expect((await t.db.fact.findMany({ orderBy: { id: 'asc' } }))[0]?.id).toBe(kept?.id);
    const outcome = await ingestArticle(
      t.db,
      article('Watford Borough Council will spend £55,000 on CCTV in 2020-21.', { url }),
    );
    expect(outcome.facts).toEqual({ added: 1, kept: 0, reset: 0, removed: 2 });
    expect((await facts()).map((f) => [f.metric, f.financialYear, f.value])).toEqual([['budget', 2020, 55000]]);
  });

  it('re-reads the years when only the publication date changes', async () => {
    const input = article('Hertsmere council spent £117,000 on CCTV last year.', { url: 'https://example.org/h' });
    await ingestArticle(t.db, { ...input, published: '2019-05-02' });
    const outcome = await ingestArticle(t.db, { ...input, published: '2020-05-02' });
    expect(outcome.status).toBe('replaced');
    expect(outcome.facts).toEqual({ added: 1, kept: 0, reset: 0, removed: 1 });
    expect((await facts()).map((f) => f.financialYear)).toEqual([2019]);
  });

  it('writes nothing of an article that fails part-way, new or replacing, log included', async () => {
    await ingestArticle(t.db, seed);
    const before = await t.counts();
    const rows = await t.db.fact.findMany({ orderBy: { id: 'asc' } });
    const realTransaction = t.db.$transaction.bind(t.db) as (fn: (tx: unknown) => Promise<unknown>) => Promise<unknown>;
    vi.spyOn(t.db, '$transaction').mockImplementation(((fn: (tx: unknown) => Promise<unknown>) =>
      realTransaction((tx) => {
        const broken = new Proxy(tx as object, {
          get: (target, prop) =>
            prop === 'auditEntry'
              ? { create: () => Promise.reject(new Error('disk full')) }
              : Reflect.get(target, prop),
        });
        return fn(broken);
      })) as never);
    await expect(
      ingestArticle(t.db, article('Dacorum Borough Council spent £150,000 on CCTV in 2017-18.')),
    ).rejects.toThrow('disk full');
    await expect(ingestArticle(t.db, { ...seed, text: seedText.replace('£83,000', '£1') })).rejects.toThrow(
      'disk full',
    );
    vi.restoreAllMocks();
    expect(await t.counts()).toEqual(before);
    expect(await t.db.council.findUnique({ where: { slug: 'dacorum' } })).toBeNull();
    expect(await t.db.fact.findMany({ orderBy: { id: 'asc' } })).toEqual(rows);
    expect((await audit()).length).toBe(1);
  });

  it('seeds a folder twice with the same rows, its metadata from the sidecar', async () => {
    const first = await ingestFolder(t.db, 'seeds');
    const rows = await t.db.fact.findMany({ orderBy: { id: 'asc' } });
    const second = await ingestFolder(t.db, 'seeds');
    expect(first.map((o) => [o.status, o.key])).toEqual([['added', SEED_URL]]);
    expect(second.map((o) => o.status)).toEqual(['unchanged']);
    expect(await t.db.fact.findMany({ orderBy: { id: 'asc' } })).toEqual(rows);
    expect(await t.db.article.findFirstOrThrow()).toMatchObject({ publisher: 'Welwyn Hatfield Times', url: SEED_URL });
  });

  it('reports on a dry run exactly what the real run then does, writing nothing', async () => {
    const input = article('Watford Borough Council spent £50,000 on CCTV in 2019-20.', {
      url: 'https://example.org/x',
    });
    const before = await t.counts();
    const dry = await ingestArticle(t.db, input, { dryRun: true });
    expect(await t.counts()).toEqual(before);
    const real = await ingestArticle(t.db, input);
    expect({ ...dry, articleId: real.articleId }).toEqual(real);
    expect(describeOutcome(dry, true)).toBe('would be added https://example.org/x: 1 facts, 0 warnings');

    const changed = { ...input, text: input.text.replace('£50,000', '£60,000') };
    const dryChange = await ingestArticle(t.db, changed, { dryRun: true });
    expect(dryChange).toEqual(await ingestArticle(t.db, changed));
    expect(describeOutcome(dryChange, false, 'x.txt')).toBe(
      'replaced  x.txt: 1 facts (0 added, 0 kept with their decisions, 1 read differently and unchecked again, 0 removed), 0 warnings',
    );
  });

  it('gives every article an address a page can have, from its title or publisher and its identity', async () => {
    const text = 'Watford Borough Council spent £50,000 on CCTV in 2019-20.';
    const long = await ingestArticle(t.db, article(text, { title: 'very long headline '.repeat(12) }));
    const same = await ingestArticle(t.db, article(`${text} `, { title: 'very long headline '.repeat(12) }));
    const symbols = await ingestArticle(t.db, article(`${text}  `, { publisher: '---' }));
    for (const { slug } of [long, same, symbols]) expect(slugSchema.safeParse(slug).success, slug).toBe(true);
    expect(long.slug.length).toBeLessThanOrEqual(69);
    expect(same.slug).not.toBe(long.slug);
    expect(symbols.slug).toMatch(/^article-[0-9a-f]{8}$/);
  });
});

describe('ingest, identity and editors’ figures', () => {
  it('gives an article first stored by its hash the address it later comes with, logging the change', async () => {
    const text = 'Watford Borough Council spent £50,000 on CCTV in 2019-20.';
    const first = await ingestArticle(t.db, article(text));
    const [fact] = await facts();
    const again = await ingestArticle(
      t.db,
      article(text, { url: 'https://example.org/w', publisher: 'Watford Observer' }),
    );
    expect(again).toMatchObject({ status: 'updated', articleId: first.articleId, key: 'https://example.org/w' });
    expect(await t.db.article.findMany({ select: { key: true, url: true } })).toEqual([
      { key: 'https://example.org/w', url: 'https://example.org/w' },
    ]);
    expect((await facts()).map((f) => f.id)).toEqual([fact!.id]);
    const entry = (await audit()).at(-1)!;
    expect(entry.action).toBe('article.updated');
    expect(JSON.parse(entry.detail)).toMatchObject({
      before: { key: articleKey({ text }), url: null },
      after: { url: 'https://example.org/w' },
    });
    // An article that has an address is not taken over by another address.
    const other = await ingestArticle(t.db, article(text, { url: 'https://example.org/other' }));
    expect(other.status).toBe('added');
  });

  it('does not add a new reading beside an editor’s own figure on the same span, metric and year', async () => {
    const url = 'https://example.org/h';
    const text = 'Hertsmere council spent £117,000 on CCTV last year.';
    // No date: "last year" cannot be read, so the parser reads no figure; the editor adds it.
    const { articleId } = await ingestArticle(t.db, article(text, { url }));
    expect(await facts()).toEqual([]);
    const start = text.indexOf('£117,000');
    const r = checkReading({
      council: 'Hertsmere',
      year: '2018',
      metric: 'spend',
      value: '117000',
      bound: 'exact',
      basis: '',
    });
    if (!r.ok) throw new Error('reading');
    await t.db.$transaction((tx) =>
      applyDecisions(
        tx,
        'ed@example.org',
        articleId!,
        [],
        [{ start, end: start + 8, reading: r.reading, reason: null }],
      ),
    );
    // With its date, the parser now reads the same figure: the editor's stands alone.
    const dated = await ingestArticle(t.db, article(text, { url, published: '2019-05-02' }));
    expect(dated.facts).toMatchObject({ added: 0, kept: 1, removed: 0 });
    expect((await facts()).map((f) => [f.origin, f.financialYear, f.value])).toEqual([['editor', 2018, 117000]]);
  });
});
