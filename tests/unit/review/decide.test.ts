import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../lib/ingest';
import {
  applyDecisions,
  DecisionError,
  StaleDecisionError,
  type Addition,
  type Decision,
} from '../../../lib/review/decide';
import { checkReading, type Reading, type ReadingFields } from '../../../lib/review/reading-input';
import { makeTestDb, type TestDb } from '../../setup/test-db';

const ED = 'ed@example.org';
const TEXT =
  'Watford Borough Council spent £50,000 on CCTV in 2019-20. Dacorum Borough Council spent £70,000 on CCTV in 2019-20. ' +
  'It employs 12 operators in 2019-20.';
const OPERATORS = TEXT.indexOf('12 operators');

function reading(f: Partial<ReadingFields>): Reading {
  const r = checkReading({
    council: 'Watford',
    year: '2019',
    metric: 'spend',
    value: '1',
    bound: 'exact',
    basis: '',
    ...f,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.reading;
}

let t: TestDb;
let articleId: number;
/** The parser's two facts: Watford's £50,000 and Dacorum's £70,000. */
let watford: { id: number; councilId: number | null; machineReading: string | null };
let dacorum: { id: number; councilId: number | null };

beforeEach(async () => {
  t = await makeTestDb();
  articleId = (await ingestArticle(t.db, { text: TEXT, publisher: 'Watford Observer' })).articleId!;
  const facts = await t.db.fact.findMany({ orderBy: { start: 'asc' } });
  expect(facts.map((f) => [f.value, f.status, f.version])).toEqual([
    [50000, 'unchecked', 0],
    [70000, 'unchecked', 0],
  ]);
  watford = facts[0]!;
  dacorum = facts[1]!;
});
afterEach(() => t.drop());

const decide = (decisions: Decision[], additions: Addition[] = [], actor = ED, article = articleId) =>
  t.db.$transaction((tx) => applyDecisions(tx, actor, article, decisions, additions));
const fact = (id: number) => t.db.fact.findUniqueOrThrow({ where: { id } });
const audit = () => t.db.auditEntry.findMany({ orderBy: { id: 'asc' } });
const councilId = async (slug: string) => (await t.db.council.findUniqueOrThrow({ where: { slug } })).id;

/** A save refused with exactly this error. */
async function refused(save: Promise<unknown>, kind: new (...args: never[]) => Error, message: string) {
  const err = await save.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(kind);
  expect((err as Error).message).toBe(message);
}

/** Everything a refused save must leave as it was. */
const snapshot = async () => ({
  facts: await t.db.fact.findMany({ orderBy: { id: 'asc' } }),
  councils: await t.db.council.findMany({ orderBy: { id: 'asc' } }),
  audit: await audit(),
});

describe('applyDecisions', () => {
  it('confirms a fact: status, who, when, reason, and a new version; other facts untouched', async () => {
    const before = new Date();
    await decide([{ kind: 'confirm', factId: watford.id, version: 0, reason: 'as the report says' }]);
    const after = new Date();
    const f = await fact(watford.id);
    expect(f).toMatchObject({
      status: 'confirmed',
      decidedBy: ED,
      reason: 'as the report says',
      version: 1,
      value: 50000,
    });
    expect(f.decidedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(f.decidedAt!.getTime()).toBeLessThanOrEqual(after.getTime() + 1000);
    expect(await fact(dacorum.id)).toMatchObject({ status: 'unchecked', decidedBy: null, decidedAt: null, version: 0 });
  });

  it('rejects a fact with its reason', async () => {
    await decide([{ kind: 'reject', factId: dacorum.id, version: 0, reason: 'a budget, not spend' }]);
    expect(await fact(dacorum.id)).toMatchObject({
      status: 'rejected',
      reason: 'a budget, not spend',
      decidedBy: ED,
      decidedAt: expect.any(Date),
      version: 1,
    });
  });

  it('corrects a fact’s columns and keeps the parser’s reading as it was', async () => {
    const r = reading({
      council: 'Hertsmere',
      year: '2018',
      metric: 'budget',
      value: '55000',
      bound: 'about',
      basis: 'gross',
    });
    await decide([{ kind: 'correct', factId: watford.id, version: 0, reading: r, reason: 'Hertsmere’s budget' }]);
    const f = await fact(watford.id);
    expect(f).toMatchObject({
      status: 'corrected',
      reason: 'Hertsmere’s budget',
      decidedBy: ED,
      decidedAt: expect.any(Date),
      version: 1,
      scope: 'council',
      councilId: await councilId('hertsmere'),
      metric: 'budget',
      financialYear: 2018,
      value: 55000,
      bound: 'about',
      basis: 'gross',
      origin: 'machine',
    });
    expect(f.machineReading).toBe(watford.machineReading);
    expect(JSON.parse(f.machineReading!)).toMatchObject({
      council: { name: 'Watford' },
      value: 50000,
      metric: 'spend',
    });
  });

  it('corrects a council’s figure to England’s', async () => {
    await decide([
      { kind: 'correct', factId: watford.id, version: 0, reading: reading({ council: 'England' }), reason: null },
    ]);
    expect(await fact(watford.id)).toMatchObject({ scope: 'england', councilId: null, status: 'corrected' });
  });

  it('writes one audit entry per decision, with the status and reading before and after', async () => {
    const [start] = await audit();
    expect(start?.action).toBe('article.added');
    await decide([
      { kind: 'confirm', factId: watford.id, version: 0, reason: null },
      { kind: 'reject', factId: dacorum.id, version: 0, reason: 'duplicate' },
    ]);
    await decide([
      {
        kind: 'correct',
        factId: watford.id,
        version: 1,
        reading: reading({ council: 'Dacorum', value: '51000' }),
        reason: 'Dacorum',
      },
    ]);
    const log = (await audit()).slice(1);
    expect(log.map((e) => [e.action, e.actor, e.articleId, e.factId])).toEqual([
      ['fact.confirmed', ED, articleId, watford.id],
      ['fact.rejected', ED, articleId, dacorum.id],
      ['fact.corrected', ED, articleId, watford.id],
    ]);
    const [confirmed, rejected, corrected] = log.map((e) => JSON.parse(e.detail) as Record<string, unknown>);
    const watfordBefore = {
      metric: 'spend',
      scope: 'council',
      financialYear: '2019-20',
      value: 50000,
      bound: 'exact',
      basis: null,
    };
    expect(confirmed).toEqual({
      before: { status: 'unchecked', councilId: watford.councilId, ...watfordBefore },
      after: { status: 'confirmed', councilId: watford.councilId, ...watfordBefore },
      reason: null,
    });
    expect(rejected).toMatchObject({
      before: { status: 'unchecked', value: 70000, councilId: dacorum.councilId },
      after: { status: 'rejected', value: 70000, councilId: dacorum.councilId },
      reason: 'duplicate',
    });
    expect(corrected).toEqual({
      before: { status: 'confirmed', councilId: watford.councilId, ...watfordBefore },
      after: { status: 'corrected', ...watfordBefore, value: 51000, councilId: dacorum.councilId },
      reason: 'Dacorum',
    });
  });

  it('says which councils a save touched: a correction’s old council and its new one', async () => {
    const touched = await decide([
      { kind: 'correct', factId: watford.id, version: 0, reading: reading({ council: 'Hertsmere' }), reason: null },
    ]);
    expect([...touched.councilIds].sort()).toEqual([watford.councilId, await councilId('hertsmere')].sort());
    const confirmed = await decide([{ kind: 'confirm', factId: dacorum.id, version: 0, reason: null }]);
    expect([...confirmed.councilIds]).toEqual([dacorum.councilId]);
  });

  describe('refuses a decision on a version someone else has decided since', () => {
    it('naming who changed it', async () => {
      await decide([{ kind: 'confirm', factId: watford.id, version: 0, reason: null }], [], 'first@example.org');
      const err = await decide([{ kind: 'reject', factId: watford.id, version: 0, reason: 'no' }]).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StaleDecisionError);
      expect(err).toMatchObject({ factId: watford.id, by: 'first@example.org' });
      expect((err as Error).message).toMatch(
        /^This figure was changed by first@example\.org at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC after you opened the page\./,
      );
      expect((err as Error).name).toBe('StaleDecisionError');
      expect(await fact(watford.id)).toMatchObject({ status: 'confirmed', decidedBy: 'first@example.org', version: 1 });
    });

    it('writing nothing of the save, even decisions before it that were valid', async () => {
      await decide([{ kind: 'confirm', factId: dacorum.id, version: 0, reason: null }]);
      const before = await snapshot();
      await expect(
        decide(
          [
            {
              kind: 'correct',
              factId: watford.id,
              version: 0,
              reading: reading({ council: 'Hertsmere' }),
              reason: null,
            },
            { kind: 'reject', factId: dacorum.id, version: 0, reason: 'stale' },
          ],
          [
            {
              start: OPERATORS,
              end: OPERATORS + 2,
              reading: reading({ metric: 'cameras', value: '12' }),
              reason: null,
            },
          ],
        ),
      ).rejects.toBeInstanceOf(StaleDecisionError);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('refuses a fact of another article, writing nothing', async () => {
    const other = await ingestArticle(t.db, {
      text: 'Hertsmere Borough Council spent £117,000 on CCTV in 2018-19.',
      publisher: 'Borehamwood Times',
    });
    const [foreign] = await t.db.fact.findMany({ where: { articleId: other.articleId! } });
    const before = await snapshot();
    await refused(
      decide([
        { kind: 'confirm', factId: watford.id, version: 0, reason: null },
        { kind: 'confirm', factId: foreign!.id, version: 0, reason: null },
      ]),
      DecisionError,
      `There is no figure ${foreign!.id} in this article.`,
    );
    await expect(decide([{ kind: 'confirm', factId: 999_999, version: 0, reason: null }])).rejects.toBeInstanceOf(
      DecisionError,
    );
    expect(await snapshot()).toEqual(before);
  });

  describe('additions', () => {
    const operators = (more: Partial<Addition> = {}): Addition => ({
      start: OPERATORS,
      end: OPERATORS + 2,
      reading: reading({ metric: 'cameras', value: '12' }),
      reason: 'missed by the parser',
      ...more,
    });

    it('stores an editor’s figure, confirmed, quoting the sentence it stands in, with an audit entry', async () => {
      const before = new Date();
      const touched = await decide([], [operators()]);
      const added = await t.db.fact.findFirstOrThrow({ where: { origin: 'editor' } });
      expect(added).toMatchObject({
        articleId,
        origin: 'editor',
        status: 'confirmed',
        decidedBy: ED,
        reason: 'missed by the parser',
        quote: 'It employs 12 operators in 2019-20.',
        start: OPERATORS,
        end: OPERATORS + 2,
        metric: 'cameras',
        scope: 'council',
        councilId: watford.councilId,
        financialYear: 2019,
        value: 12,
        threshold: null,
        machineReading: null,
        evidence: null,
        version: 0,
      });
      expect(added.decidedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect([...touched.councilIds]).toEqual([watford.councilId]);
      const entry = (await audit()).at(-1)!;
      expect(entry).toMatchObject({ action: 'fact.added', actor: ED, articleId, factId: added.id });
      expect(JSON.parse(entry.detail)).toEqual({
        span: '12',
        start: OPERATORS,
        end: OPERATORS + 2,
        after: {
          metric: 'cameras',
          scope: 'council',
          councilId: watford.councilId,
          financialYear: '2019-20',
          value: 12,
          bound: 'exact',
          basis: null,
        },
        reason: 'missed by the parser',
      });
    });

    it('refuses a figure on a span that already has one for the same measure and year, writing nothing', async () => {
      const start = TEXT.indexOf('£50,000');
      const before = await snapshot();
      await refused(
        decide(
          [{ kind: 'confirm', factId: dacorum.id, version: 0, reason: null }],
          [operators({ start, end: start + 7, reading: reading({ value: '50000' }) })],
        ),
        DecisionError,
        '“£50,000” already has a figure for that measure and year.',
      );
      expect(await snapshot()).toEqual(before);
      // The same span for another measure, or another year, is a figure of its own.
      await decide([], [operators({ start, end: start + 7, reading: reading({ metric: 'budget', value: '50000' }) })]);
      await decide([], [operators({ start, end: start + 7, reading: reading({ year: '2020', value: '50000' }) })]);
      expect(await t.db.fact.count({ where: { start } })).toBe(3);
    });

    it.each([
      ['a span with no digit', () => operators({ start: 0, end: 7 })],
      ['a span past the end of the text', () => operators({ start: TEXT.length - 2, end: TEXT.length + 5 })],
      // slice(-3) would be "20.", a figure: only the offset itself is wrong.
      ['a span before the start of the text', () => operators({ start: -3, end: TEXT.length })],
      ['an empty span', () => operators({ end: OPERATORS })],
    ])('refuses %s, writing nothing', async (_, make) => {
      const before = await snapshot();
      await refused(
        decide([], [make()]),
        DecisionError,
        'The text chosen for a new figure is not a figure in this article.',
      );
      expect(await snapshot()).toEqual(before);
    });
  });
});

describe('applyDecisions, at the edges', () => {
  it('touches no council for an England figure', async () => {
    const england = await ingestArticle(t.db, {
      text: 'Councils in England spent more than £78 million on CCTV in 2017-18.',
      publisher: 'Big Brother Watch',
    });
    const [row] = await t.db.fact.findMany({ where: { articleId: england.articleId! } });
    expect(row?.councilId).toBeNull();
    const touched = await decide(
      [{ kind: 'confirm', factId: row!.id, version: 0, reason: null }],
      [],
      ED,
      england.articleId!,
    );
    expect([...touched.councilIds]).toEqual([]);
  });

  it('quotes the whole sentence of a figure that opens it or closes it', async () => {
    const text = '£5,000 was spent by Watford on cameras in 2019-20. Its camera count in 2019-20 was 45';
    const { articleId: id } = await ingestArticle(t.db, { text, publisher: 'Edge Weekly' });
    const opening = { start: 0, end: 6, reading: reading({ value: '5000', year: '2018' }), reason: null };
    const closing = {
      start: text.length - 2,
      end: text.length,
      reading: reading({ metric: 'cameras', value: '45' }),
      reason: null,
    };
    await decide([], [opening, closing], ED, id!);
    const added = await t.db.fact.findMany({ where: { articleId: id!, origin: 'editor' }, orderBy: { start: 'asc' } });
    expect(added.map((f) => f.quote)).toEqual([
      '£5,000 was spent by Watford on cameras in 2019-20.',
      'Its camera count in 2019-20 was 45',
    ]);
  });

  it('names its errors', async () => {
    const err = await decide([{ kind: 'confirm', factId: 999_999, version: 0, reason: null }]).catch((e: unknown) => e);
    expect((err as Error).name).toBe('DecisionError');
  });
});

describe('applyDecisions, corrections that would clash', () => {
  it('refuses a correction to the measure and year another figure on the same words has, writing nothing', async () => {
    const text = 'Watford Borough Council spent £107,000 on CCTV in each of 2017-18 and 2018-19.';
    const { articleId: id } = await ingestArticle(t.db, { text, publisher: 'Clash Weekly' });
    const rows = await t.db.fact.findMany({ where: { articleId: id! }, orderBy: { financialYear: 'asc' } });
    expect(rows.map((f) => f.financialYear)).toEqual([2017, 2018]);
    const before = await snapshot();
    await refused(
      decide(
        [
          {
            kind: 'correct',
            factId: rows[0]!.id,
            version: 0,
            reading: reading({ year: '2018', value: '107000' }),
            reason: null,
          },
        ],
        [],
        ED,
        id!,
      ),
      DecisionError,
      'Another figure on the same words already has that measure and year: correct or reject that one instead.',
    );
    expect(await snapshot()).toEqual(before);
  });
});
