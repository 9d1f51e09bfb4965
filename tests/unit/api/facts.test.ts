import { parse } from 'csv-parse/sync';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { clearSnapshots } from '../../../lib/api/snapshot';
import { routeStore } from '../../setup/route-store';
import { fillReviewStore, HERTS_AD, HERTS_AD_TEXT, ingestSeed, SEED_PUBLISHER } from '../queries/stores';

const AT = HERTS_AD_TEXT.indexOf('£45,000');

// The review store has facts in every state; the seed adds count facts.
const store = routeStore(
  async (db) => {
    await fillReviewStore(db);
    await ingestSeed(db);
  },
  async () => ({
    facts: await import('../../../app/api/facts/route'),
    csv: await import('../../../app/api/facts.csv/route'),
  }),
);
/** What the API must give, read straight from the store: every fact not rejected, by id. */
let shownIds: number[];
beforeAll(async () => {
  const shown = await store.db.fact.findMany({ where: { status: { not: 'rejected' } }, orderBy: { id: 'asc' } });
  shownIds = shown.map((f) => f.id);
});

const get = (path: string) => {
  const request = new NextRequest(`http://localhost${path}`);
  return request.nextUrl.pathname === '/api/facts.csv'
    ? store.routes.csv.GET(request, {})
    : store.routes.facts.GET(request, {});
};

interface FactJson {
  id: number;
  scope: string;
  metric: string;
  council: { slug: string; name: string; gssCode: string } | null;
  value: number;
  source: { status: string; url: string };
}

describe('GET /api/facts', () => {
  it('walks every shown fact, once each and in id order, by following next', async () => {
    expect(shownIds.length).toBeGreaterThan(5);
    const seen: number[] = [];
    let next: string | null = '/api/facts?limit=2';
    let pages = 0;
    while (next) {
      const res: Response = await get(next);
      expect(res.status).toBe(200);
      const body: { facts: FactJson[]; next: string | null } = await res.json();
      expect(body.facts.length).toBe(body.next ? 2 : shownIds.length - seen.length);
      seen.push(...body.facts.map((f) => f.id));
      next = body.next;
      pages += 1;
    }
    expect(seen).toEqual(shownIds);
    expect(pages).toBe(Math.ceil(shownIds.length / 2));
  });

  it('gives the whole dataset on one page by default, with no next page', async () => {
    const body = await (await get('/api/facts')).json();
    expect(body.facts.map((f: FactJson) => f.id)).toEqual(shownIds);
    expect(body.next).toBeNull();
    expect(body.facts.map((f: FactJson) => f.source.status)).not.toContain('rejected');
  });

  it('names the council, the year, the reading and the source of each fact', async () => {
    const { facts } = (await (await get('/api/facts')).json()) as { facts: FactJson[] };
    const stAlbans = facts.find((f) => f.value === 45000);
    expect(stAlbans).toEqual({
      id: expect.any(Number),
      metric: 'spend',
      scope: 'council',
      council: { slug: 'st-albans', name: 'St Albans', gssCode: 'E07000240' },
      financialYear: '2018-19',
      value: 45000,
      bound: 'exact',
      basis: null,
      threshold: null,
      source: {
        article: HERTS_AD.slug,
        citation: { publisher: HERTS_AD.publisher, title: HERTS_AD.title, url: HERTS_AD.url, published: '2019-05-02' },
        status: 'corrected',
        quote: 'St Albans City and District Council spent £45,000 on CCTV in 2018-19.',
        start: AT,
        end: AT + '£45,000'.length,
        url: `/sources/${HERTS_AD.slug}#fact-${stAlbans?.id}`,
      },
    });
    const england = facts.find((f) => f.value === 78000000);
    expect(england).toMatchObject({ scope: 'england', council: null, bound: 'more_than' });
    // "176 councils spent more than Welwyn Hatfield": an England figure naming the council compared with.
    expect(facts.find((f) => f.metric === 'councils_spending_more')).toMatchObject({
      scope: 'england',
      council: { slug: 'welwyn-hatfield' },
    });
  });

  it('starts after the given id and ends with an empty last page past the end', async () => {
    const third = shownIds[2] ?? 0;
    const body = await (await get(`/api/facts?after=${third}&limit=3`)).json();
    expect(body.facts.map((f: FactJson) => f.id)).toEqual(shownIds.slice(3, 6));
    expect(body.next).toBe(`/api/facts?after=${shownIds[5]}&limit=3`);
    expect(await (await get(`/api/facts?after=${shownIds.at(-1)}`)).json()).toEqual({ facts: [], next: null });
  });

  const bad: Array<[string, string]> = [
    ['?limit=0', 'invalid_query'],
    ['?limit=1001', 'invalid_query'],
    ['?limit=ten', 'invalid_query'],
    ['?limit=1e2', 'invalid_query'],
    ['?after=-1', 'invalid_query'],
    ['?after=%201', 'invalid_query'],
    ['?after=2147483648', 'invalid_query'],
    ['?limit=5&limit=6', 'invalid_query'],
    ['?page=2', 'unknown_parameter'],
    [`?after=${'1'.repeat(1100)}`, 'query_too_long'],
  ];
  for (const [query, code] of bad) {
    it(`answers ${query.slice(0, 30)} with a 400 ${code}`, async () => {
      const res = await get(`/api/facts${query}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: { code, message: expect.any(String) } });
    });
  }
});

describe('GET /api/facts.csv', () => {
  const rows = async () => {
    const res = await get('/api/facts.csv');
    const records: Array<Record<string, string>> = parse(await res.text(), { columns: true });
    return { res, records };
  };

  it('has a header and one row per shown fact, in id order', async () => {
    const { res, records } = await rows();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="council-cctv-facts.csv"');
    expect(res.headers.get('cache-control')).toContain('s-maxage=5');
    expect(records.map((r) => Number(r.fact_id))).toEqual(shownIds);
    expect(Object.keys(records[0] ?? {})).toEqual([
      'fact_id',
      'scope',
      'council',
      'council_slug',
      'gss_code',
      'financial_year',
      'metric',
      'value',
      'bound',
      'basis',
      'threshold',
      'status',
      'source_publisher',
      'source_title',
      'source_url',
      'source_published',
      'source_page',
      'quote',
      'start',
      'end',
    ]);
  });

  it('gives each fact as /api/facts does, with empty cells for what is missing', async () => {
    const { records } = await rows();
    const { facts } = (await (await get('/api/facts')).json()) as { facts: FactJson[] };
    const byId = new Map(records.map((r) => [Number(r.fact_id), r]));
    const stAlbans = facts.find((f) => f.value === 45000);
    expect(byId.get(stAlbans?.id ?? -1)).toEqual({
      fact_id: String(stAlbans?.id),
      scope: 'council',
      council: 'St Albans',
      council_slug: 'st-albans',
      gss_code: 'E07000240',
      financial_year: '2018-19',
      metric: 'spend',
      value: '45000',
      bound: 'exact',
      basis: '',
      threshold: '',
      status: 'corrected',
      source_publisher: HERTS_AD.publisher,
      source_title: HERTS_AD.title,
      source_url: HERTS_AD.url,
      source_published: HERTS_AD.publishedOn,
      source_page: stAlbans?.source.url,
      quote: 'St Albans City and District Council spent £45,000 on CCTV in 2018-19.',
      start: String(AT),
      end: String(AT + '£45,000'.length),
    });
    const england = byId.get(facts.find((f) => f.value === 78000000)?.id ?? -1);
    expect(england).toMatchObject({ scope: 'england', council: '', gss_code: '', bound: 'more_than' });
    // The seed's sentences hold commas: quoted, and read back whole.
    const seed = records.filter((r) => r.source_publisher === SEED_PUBLISHER);
    expect(seed.some((r) => r.quote?.includes(','))).toBe(true);
    expect(seed.every((r) => r.source_title === '' && r.source_published === '')).toBe(true);
  });

  it('is kept as one snapshot: a fact added since shows only once the snapshot is rebuilt', async () => {
    const before = (await rows()).records.length;
    const fact = await store.db.fact.findFirstOrThrow({ where: { status: 'confirmed' } });
    const { id: _id, ...copy } = fact;
    const added = await store.db.fact.create({ data: { ...copy, start: fact.start + 10_000 } });
    try {
      expect((await rows()).records.length).toBe(before);
      clearSnapshots();
      expect((await rows()).records.length).toBe(before + 1);
    } finally {
      await store.db.fact.delete({ where: { id: added.id } });
    }
  });

  it('takes no parameters', async () => {
    const res = await get('/api/facts.csv?format=json');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('unknown_parameter');
  });
});
