import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../../lib/db';
import { ingestArticle } from '../../../lib/ingest';
import { readSidecar } from '../../../lib/ingest/seed-folder';
import type { MachineReading } from '../../../lib/review/reading';
import type { ReviewStatus } from '../../../lib/review/status';
import { makeTestDb, type TestDb } from '../../setup/test-db';

const SEED = 'seeds/000_306cc6ddef71cacb.txt';
export const SEED_PUBLISHER = 'Welwyn Hatfield Times';
export const SEED_URL = 'https://www.whtimes.co.uk/news/welwyn-hatfield-council-spending-5624078';

/** The seed article as npm run db:seed stores it: its text with its sidecar's metadata. */
export async function ingestSeed(db: Db) {
  const meta = await readSidecar(SEED);
  if (!meta) throw new Error(`${SEED} has no sidecar`);
  return ingestArticle(db, { text: readFileSync(SEED, 'utf8'), ...meta });
}

/** A store of this test file's own, filled before its tests and dropped after. */
export function storeWith(fill: (db: Db) => Promise<unknown>): { readonly db: Db } {
  let t: TestDb | undefined;
  beforeAll(async () => {
    t = await makeTestDb();
    await fill(t.db);
  });
  afterAll(() => t?.drop());
  return {
    get db() {
      if (!t) throw new Error('the store is made in beforeAll');
      return t.db;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// A hand-made store with figures in every review state, written directly (not through ingest),
// so that what the queries show depends on the status columns alone.

export const EDITOR_EMAIL = 'private.editor@example.org';

export const HERTS_AD = {
  slug: 'cctv-costs-rise-aaaa1111',
  publisher: 'Herts Advertiser',
  url: 'https://www.hertsad.co.uk/news/cctv-costs-rise-1',
  title: 'CCTV costs rise',
  publishedOn: '2019-05-02',
};
export const HERTS_AD_TEXT =
  'St Albans City and District Council spent £45,000 on CCTV in 2018-19. It spent £50,000 in 2017-18 and ' +
  '£52,000 in 2016-17. Dacorum Borough Council spent £60,000 in 2017-18. Watford spent £70,000 in 2017-18. ' +
  'Councils in England spent more than £78 million in 2017-18, and £80 million in 2016-17.';

/** An article with no address, title or date: cited by its publisher alone. */
export const OBSERVER = {
  slug: 'watford-observer-bbbb2222',
  publisher: 'Watford Observer',
  url: null,
  title: null,
  publishedOn: null,
};
const OBSERVER_TEXT = 'St Albans spent £99,000 on CCTV in 2017-18.';

const COUNCILS = [
  { gssCode: 'E07000240', slug: 'st-albans', name: 'St Albans', officialName: 'St Albans City and District Council' },
  { gssCode: 'E07000096', slug: 'dacorum', name: 'Dacorum', officialName: 'Dacorum Borough Council' },
  { gssCode: 'E07000103', slug: 'watford', name: 'Watford', officialName: 'Watford Borough Council' },
];

/** What the parser read for the corrected figure: Dacorum's £40,000 for 2017-18. */
export const MACHINE_READING: MachineReading = {
  scope: 'council',
  council: { gssCode: 'E07000096', name: 'Dacorum' },
  metric: 'spend',
  financialYear: 2017,
  value: 40000,
  bound: 'exact',
  basis: null,
  threshold: null,
};

interface FactSpec {
  /** The figure's own text; its first occurrence in the article is its span. */
  span: string;
  council: string | null;
  year: number;
  value: number;
  status: ReviewStatus;
  bound?: string;
  reason?: string;
  machineReading?: MachineReading;
}

async function addArticle(
  db: Db,
  meta: typeof HERTS_AD | typeof OBSERVER,
  text: string,
  facts: FactSpec[],
  councilIds: Map<string, number>,
) {
  const article = await db.article.create({
    data: { ...meta, key: meta.url ?? `sha256:${meta.slug}`, sha256: meta.slug, text, addedBy: EDITOR_EMAIL },
  });
  for (const f of facts) {
    const start = text.indexOf(f.span);
    if (start < 0) throw new Error(`"${f.span}" is not in the text`);
    const sentenceStart = text.lastIndexOf('.', start) + 1;
    await db.fact.create({
      data: {
        articleId: article.id,
        metric: 'spend',
        scope: f.council ? 'council' : 'england',
        councilId: f.council ? councilIds.get(f.council) : null,
        financialYear: f.year,
        value: f.value,
        bound: f.bound ?? 'exact',
        quote: text.slice(sentenceStart, text.indexOf('.', start) + 1).trim(),
        start,
        end: start + f.span.length,
        status: f.status,
        reason: f.reason ?? null,
        machineReading: f.machineReading ? JSON.stringify(f.machineReading) : null,
        decidedBy: f.status === 'unchecked' ? null : EDITOR_EMAIL,
        decidedAt: f.status === 'unchecked' ? null : new Date('2026-11-25T10:00:00Z'),
      },
    });
  }
}

/**
 * St Albans: 2018-19 corrected (read as Dacorum's £40,000 for 2017-18), 2017-18 confirmed,
 * 2016-17 unchecked, and a rejected £99,000 for 2017-18 in a second article that would conflict
 * if it counted. Dacorum: one rejected figure only. Watford: one unchecked figure only. England:
 * 2017-18 unchecked (more than £78m), 2016-17 rejected.
 */
export async function fillReviewStore(db: Db) {
  const ids = new Map<string, number>();
  for (const c of COUNCILS) {
    const row = await db.council.create({ data: { ...c, type: 'NMD', region: 'East of England' } });
    ids.set(c.slug, row.id);
  }
  await addArticle(
    db,
    HERTS_AD,
    HERTS_AD_TEXT,
    [
      {
        span: '£45,000',
        council: 'st-albans',
        year: 2018,
        value: 45000,
        status: 'corrected',
        reason: 'The sentence names St Albans and 2018-19.',
        machineReading: MACHINE_READING,
      },
      { span: '£50,000', council: 'st-albans', year: 2017, value: 50000, status: 'confirmed' },
      { span: '£52,000', council: 'st-albans', year: 2016, value: 52000, status: 'unchecked' },
      { span: '£60,000', council: 'dacorum', year: 2017, value: 60000, status: 'rejected', reason: 'Not CCTV.' },
      { span: '£70,000', council: 'watford', year: 2017, value: 70000, status: 'unchecked' },
      { span: '£78 million', council: null, year: 2017, value: 78000000, bound: 'more_than', status: 'unchecked' },
      { span: '£80 million', council: null, year: 2016, value: 80000000, status: 'rejected', reason: 'A misprint.' },
    ],
    ids,
  );
  await addArticle(
    db,
    OBSERVER,
    OBSERVER_TEXT,
    [{ span: '£99,000', council: 'st-albans', year: 2017, value: 99000, status: 'rejected', reason: 'Misread.' }],
    ids,
  );
}
