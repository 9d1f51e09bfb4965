import { validate } from '@readme/openapi-parser';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { answerChecker } from '../support/openapi';

const SEED_PUBLISHER = 'Welwyn Hatfield Times';
const SEED_URL = 'https://www.whtimes.co.uk/news/welwyn-hatfield-council-spending-5624078';

test.describe('the read API', () => {
  test('lists councils with figures, sources and England', async ({ request }) => {
    const res = await request.get('/api/councils');
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.england).toMatchObject({ financialYear: '2017-18', value: 78000000, bound: 'more_than' });
    expect(body.councils.map((c: { slug: string }) => c.slug)).toEqual(['hertsmere', 'welwyn-hatfield']);
    const wh = body.councils[1];
    expect(wh.latestSpend).toMatchObject({
      financialYear: '2017-18',
      value: 83000,
      source: {
        // The seed's sidecar gives its publisher and address; every figure is unchecked after ingest.
        citation: { publisher: SEED_PUBLISHER, url: SEED_URL, title: null, published: null },
        status: 'unchecked',
        start: 156,
        end: 163,
        url: expect.stringMatching(/^\/sources\/[a-z0-9-]+#fact-\d+$/),
      },
    });
    expect(wh.latestSpend.source).not.toHaveProperty('file');
    expect(wh.count).toMatchObject({ unit: 'camera_sites', value: 30 });
  });

  test('gives one council, compare and a source as JSON', async ({ request }) => {
    const council = await (await request.get('/api/councils/welwyn-hatfield')).json();
    expect(council.spend.map((f: { financialYear: string; value: number }) => [f.financialYear, f.value])).toEqual([
      ['2015-16', 107000],
      ['2016-17', 107000],
      ['2017-18', 83000],
    ]);
    const compare = await (await request.get('/api/compare?a=welwyn-hatfield&b=hertsmere')).json();
    const y = compare.years.find((r: { financialYear: string }) => r.financialYear === '2016-17');
    expect(y.spendDifference).toMatchObject({ amount: 22000, exact: true });
    const england = await (await request.get('/api/england')).json();
    expect(england.counts.map((c: { metric: string; value: number }) => [c.metric, c.value])).toEqual([
      ['councils_spending_more', 176],
      ['councils_spending_over', 6],
    ]);
    const slug: string = council.spend[0].source.article;
    const source = await (await request.get(`/api/sources/${slug}`)).json();
    expect(source.article).toMatchObject({
      slug,
      publisher: SEED_PUBLISHER,
      url: SEED_URL,
      title: null,
      published: null,
    });
    expect(source.article).not.toHaveProperty('file');
    expect(source.facts).toHaveLength(13);
    expect(source.facts.every((f: { status: string }) => f.status === 'unchecked')).toBe(true);
    expect(source.article.text.slice(source.facts[0].start, source.facts[0].end)).toBe('£83,000');
  });

  test('downloads the council and compare tables as CSV', async ({ request }) => {
    const council = await request.get('/api/councils/welwyn-hatfield?format=csv');
    expect(council.headers()['content-type']).toContain('text/csv');
    expect(council.headers()['content-disposition']).toBe(
      'attachment; filename="welwyn-hatfield-cctv-spend-and-budget.csv"',
    );
    expect((await council.text()).split('\r\n')).toEqual([
      'council,financial_year,actual_spend,actual_spend_bound,budget,budget_bound',
      'Welwyn Hatfield,2015-16,107000,exact,,',
      'Welwyn Hatfield,2016-17,107000,exact,,',
      'Welwyn Hatfield,2017-18,83000,exact,,',
      'Welwyn Hatfield,2018-19,,,99000,exact',
      '',
    ]);
    const compare = await request.get('/api/compare?a=welwyn-hatfield&b=hertsmere&format=csv');
    expect(compare.headers()['content-disposition']).toContain('welwyn-hatfield-vs-hertsmere-cctv.csv');
    expect(await compare.text()).toContain('2016-17,107000,129000,22000,20.6,,');
  });

  test('walks every fact page by page, and the CSV has one row for each', async ({ request }) => {
    const ids: number[] = [];
    const articles = new Set<string>();
    let next: string | null = '/api/facts?limit=5';
    while (next) {
      const res = await request.get(next);
      expect(res.status()).toBe(200);
      const page: { facts: Array<{ id: number; source: { article: string } }>; next: string | null } = await res.json();
      ids.push(...page.facts.map((f) => f.id));
      for (const f of page.facts) articles.add(f.source.article);
      next = page.next;
    }
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // Every fact each article shows, and no other.
    let shown = 0;
    for (const slug of articles) shown += (await (await request.get(`/api/sources/${slug}`)).json()).facts.length;
    expect(ids).toHaveLength(shown);
    expect(shown).toBeGreaterThan(5);

    const csv = await request.get('/api/facts.csv');
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['cache-control']).toContain('s-maxage=5');
    const rows: Array<Record<string, string>> = parse(await csv.text(), { columns: true });
    expect(rows.map((r) => Number(r.fact_id))).toEqual(ids);
    const wh = rows.find((r) => r.council === 'Welwyn Hatfield' && r.financial_year === '2017-18');
    expect(wh).toMatchObject({ gss_code: 'E07000241', value: '83000', source_publisher: SEED_PUBLISHER });
    expect(rows.find((r) => r.metric === 'spend' && r.scope === 'england')).toMatchObject({
      council: '',
      gss_code: '',
    });
  });

  test('describes itself in a valid OpenAPI 3.1 document that its answers conform to', async ({ request }) => {
    const doc = await (await request.get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(await validate(structuredClone(doc))).toMatchObject({ valid: true });
    const check = answerChecker(doc);
    const source = (await (await request.get('/api/facts?limit=1')).json()).facts[0].source.article;
    const calls: Array<[string, string]> = [
      ['/api/councils', '/api/councils'],
      ['/api/councils/{slug}', '/api/councils/welwyn-hatfield'],
      ['/api/councils/{slug}', '/api/councils/welwyn-hatfield?format=csv'],
      ['/api/councils/{slug}', '/api/councils/atlantis'],
      ['/api/compare', '/api/compare?a=welwyn-hatfield&b=hertsmere'],
      ['/api/compare', '/api/compare?a=welwyn-hatfield&b=hertsmere&format=csv'],
      ['/api/compare', '/api/compare?a=hertsmere&b=hertsmere'],
      ['/api/england', '/api/england'],
      ['/api/search', '/api/search?q=welwyn'],
      ['/api/sources/{slug}', `/api/sources/${source}`],
      ['/api/facts', '/api/facts'],
      ['/api/facts', '/api/facts?limit=2000'],
      ['/api/facts.csv', '/api/facts.csv'],
      ['/api/openapi.json', '/api/openapi.json'],
    ];
    expect(new Set(calls.map(([path]) => path))).toEqual(new Set(Object.keys(doc.paths)));
    for (const [path, url] of calls) {
      const res = await request.get(url);
      const problems = check({
        path,
        status: res.status(),
        contentType: res.headers()['content-type'] ?? null,
        body: await res.text(),
      });
      expect(problems, url).toEqual([]);
    }
  });

  const bad: Array<[string, number, string]> = [
    ['/api/councils/..%2F..%2Fetc%2Fpasswd', 400, 'invalid_slug'],
    ['/api/councils/%00', 400, 'invalid_slug'],
    ['/api/councils/atlantis', 404, 'not_found'],
    ['/api/sources/nope', 404, 'not_found'],
    ['/api/councils?unknown=1', 400, 'unknown_parameter'],
    ['/api/councils/hertsmere?format=xml', 400, 'invalid_query'],
    ['/api/compare?a=hertsmere', 400, 'invalid_query'],
    ['/api/compare?a=hertsmere&b=hertsmere', 400, 'same_council'],
    ['/api/compare?a=hertsmere&b=atlantis', 404, 'not_found'],
    ['/api/compare?a=hertsmere&b=welwyn-hatfield&x=1', 400, 'unknown_parameter'],
    [`/api/compare?a=hertsmere&b=${'x'.repeat(10 * 1024)}`, 400, 'query_too_long'],
    ['/api/compare?a=../../etc/passwd&b=hertsmere', 400, 'invalid_query'],
    ['/api/nothing/here', 404, 'not_found'],
    ['/api/facts?limit=0', 400, 'invalid_query'],
    ['/api/facts?after=x', 400, 'invalid_query'],
    ['/api/facts.csv?format=json', 400, 'unknown_parameter'],
    ['/api/openapi.json?v=3', 400, 'unknown_parameter'],
  ];
  for (const [path, status, code] of bad) {
    test(`answers ${path.slice(0, 60)} with ${status} ${code}, as JSON without a stack`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(status);
      expect(res.headers()['content-type']).toContain('application/json');
      const body = await res.json();
      expect(body).toEqual({ error: { code, message: expect.any(String) } });
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
    });
  }

  test('exposes no write endpoint', async ({ request }) => {
    for (const path of [
      '/api/councils',
      '/api/councils/hertsmere',
      '/api/compare?a=hertsmere&b=welwyn-hatfield',
      '/api/facts',
      '/api/facts.csv',
      '/api/openapi.json',
    ]) {
      for (const method of ['post', 'put', 'delete'] as const) {
        expect((await request[method](path, { data: {} })).status(), `${method} ${path}`).toBe(405);
      }
    }
  });

  test('sends the security headers on pages and API responses', async ({ request }) => {
    for (const path of ['/', '/api/councils', '/councils/atlantis']) {
      const h = (await request.get(path)).headers();
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['permissions-policy']).toContain('camera=()');
    }
  });
});
