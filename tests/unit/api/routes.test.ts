import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { routeStore } from '../../setup/route-store';
import { fillReviewStore, HERTS_AD } from '../queries/stores';

const store = routeStore(fillReviewStore, async () => ({
  councils: await import('../../../app/api/councils/route'),
  council: await import('../../../app/api/councils/[slug]/route'),
  england: await import('../../../app/api/england/route'),
  source: await import('../../../app/api/sources/[slug]/route'),
  compare: await import('../../../app/api/compare/route'),
  search: await import('../../../app/api/search/route'),
}));

const request = (path: string) => new NextRequest(`http://localhost${path}`);
const slugged = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe('the read API', () => {
  it('lists councils with a shown figure, each figure cited and with its status', async () => {
    const res = await store.routes.councils.GET(request('/api/councils'), {});
    const body = await res.json();
    expect(body.councils.map((c: { slug: string }) => c.slug)).toEqual(['st-albans', 'watford']);
    expect(body.councils[0].latestSpend).toMatchObject({
      financialYear: '2018-19',
      value: 45000,
      source: {
        article: HERTS_AD.slug,
        citation: { publisher: HERTS_AD.publisher, title: HERTS_AD.title, url: HERTS_AD.url, published: '2019-05-02' },
        status: 'corrected',
      },
    });
    expect(body.england).toMatchObject({ financialYear: '2017-18', source: { status: 'unchecked' } });
    expect(JSON.stringify(body)).not.toContain('"file"');
  });

  it('gives a council’s figures without its rejected ones, and no council with only rejected ones', async () => {
    const body = await (
      await store.routes.council.GET(request('/api/councils/st-albans'), slugged('st-albans'))
    ).json();
    expect(
      body.spend.map(
        (f: { financialYear: string; value: number; conflicts: unknown[]; source: { status: string } }) => [
          f.financialYear,
          f.value,
          f.source.status,
          f.conflicts.length,
        ],
      ),
    ).toEqual([
      ['2016-17', 52000, 'unchecked', 0],
      ['2017-18', 50000, 'confirmed', 0],
      ['2018-19', 45000, 'corrected', 0],
    ]);
    expect((await store.routes.council.GET(request('/api/councils/dacorum'), slugged('dacorum'))).status).toBe(404);
  });

  it('compares and totals England without rejected figures', async () => {
    const compare = await (await store.routes.compare.GET(request('/api/compare?a=st-albans&b=watford'), {})).json();
    expect(compare.years.find((y: { financialYear: string }) => y.financialYear === '2017-18').spendDifference).toEqual(
      {
        amount: 20000,
        relative: 0.4,
        exact: true,
      },
    );
    const england = await (await store.routes.england.GET(request('/api/england'), {})).json();
    expect(england.totals.map((f: { financialYear: string }) => f.financialYear)).toEqual(['2017-18']);
    expect(england.shares[0].combined.value).toBe(120000);
  });

  it('gives a source’s citation and its shown facts with their status', async () => {
    const body = await (
      await store.routes.source.GET(request(`/api/sources/${HERTS_AD.slug}`), slugged(HERTS_AD.slug))
    ).json();
    expect(body.article).toMatchObject({
      slug: HERTS_AD.slug,
      publisher: HERTS_AD.publisher,
      title: HERTS_AD.title,
      url: HERTS_AD.url,
      published: HERTS_AD.publishedOn,
    });
    expect(body.article).not.toHaveProperty('file');
    expect(body.facts.map((f: { value: number; status: string }) => [f.value, f.status])).toEqual([
      [45000, 'corrected'],
      [50000, 'confirmed'],
      [52000, 'unchecked'],
      [70000, 'unchecked'],
      [78000000, 'unchecked'],
    ]);
  });

  it('suggests councils by name, linking only those with a shown figure', async () => {
    const res = await store.routes.search.GET(request('/api/search?q=Watford'), {});
    expect(res.headers.get('cache-control')).toContain('s-maxage=5');
    expect((await res.json()).councils[0]).toEqual({
      slug: 'watford',
      name: 'Watford',
      officialName: 'Watford Borough Council',
      region: 'East of England',
      abolished: null,
      match: 'exact',
      page: '/councils/watford',
      url: '/api/councils/watford',
    });
    // Dacorum's only figure was rejected; Welwyn Hatfield has none in this store; Allerdale is no more.
    for (const q of ['dacorum', 'welwyn', 'allerdale']) {
      const body = await (await store.routes.search.GET(request(`/api/search?q=${q}`), {})).json();
      expect(body.councils[0], q).toMatchObject({ page: null, url: null });
    }
    const former = await (await store.routes.search.GET(request('/api/search?q=allerdale'), {})).json();
    expect(former.councils[0]).toMatchObject({ slug: 'allerdale', abolished: 2023 });
    const many = await (await store.routes.search.GET(request('/api/search?q=shire'), {})).json();
    expect(many.councils).toHaveLength(8);
    expect(many.total).toBeGreaterThan(8);
  });

  it('answers a bad search with the API’s error shape', async () => {
    for (const [path, code] of [
      ['/api/search', 'invalid_query'],
      [`/api/search?q=${'w'.repeat(101)}`, 'invalid_query'],
      ['/api/search?q=a%00', 'invalid_query'],
      ['/api/search?q=a&limit=3', 'unknown_parameter'],
      [`/api/search?q=${'w'.repeat(1100)}`, 'query_too_long'],
    ] as const) {
      const res = await store.routes.search.GET(request(path), {});
      expect(res.status, path).toBe(400);
      expect(await res.json(), path).toEqual({ error: { code, message: expect.any(String) } });
    }
  });
});
