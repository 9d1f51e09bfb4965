import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from '@readme/openapi-parser';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../lib/api/openapi';
import { answerChecker, type Answer } from '../../support/openapi';
import { routeStore } from '../../setup/route-store';
import { fillReviewStore, HERTS_AD, ingestSeed } from '../queries/stores';

/** Routes that are not the read API: sign-in (better-auth's), the refresh hook, and the JSON 404 for the rest. */
const NOT_READ_API = ['/api/auth/', '/api/revalidate', '/api/[...rest]'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every route under app/api, as an OpenAPI path (`[slug]` becomes `{slug}`), with the methods its file exports. */
function apiRoutes(dir = 'app/api'): Array<{ path: string; methods: string[] }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return apiRoutes(file);
    if (entry.name !== 'route.ts') return [];
    const source = readFileSync(file, 'utf8');
    const methods = METHODS.filter((m) => new RegExp(`export (const|(async )?function) ${m}\\b`).test(source));
    return [{ path: `/${dir}`.replace(/^\/app/, '').replace(/\[(\w+)\]/g, '{$1}'), methods }];
  });
}

const doc = () => structuredClone(openApiDocument()) as Parameters<typeof validate>[0];

describe('the OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(doc());
    expect(result).toMatchObject({ valid: true, warnings: [] });
    expect(openApiDocument().openapi).toBe('3.1.0');
  });

  it('is checked by a validator that finds a broken one', async () => {
    const broken = doc() as { paths: Record<string, { get: { parameters: unknown[] } }> };
    const council = broken.paths['/api/councils/{slug}'];
    if (council) council.get.parameters = [];
    expect((await validate(broken as Parameters<typeof validate>[0])).valid).toBe(false);
  });

  it('describes every read API route under app/api, and no route that does not exist', () => {
    const routes = apiRoutes().filter((r) => !NOT_READ_API.some((skip) => `${r.path}/`.startsWith(skip)));
    const { paths } = openApiDocument();
    for (const route of routes) {
      expect(paths[route.path], `${route.path} has no path in lib/api/openapi.ts`).toBeDefined();
      expect(Object.keys(paths[route.path] ?? {}), route.path).toEqual(route.methods.map((m) => m.toLowerCase()));
    }
    expect(Object.keys(paths).sort()).toEqual(routes.map((r) => r.path).sort());
    // The walk itself finds the routes: a rename that broke it would make the checks above vacuous.
    expect(routes.map((r) => r.path)).toContain('/api/sources/{slug}');
    expect(routes.length).toBeGreaterThanOrEqual(8);
  });

  it('lists the CSV download’s columns in the description', () => {
    const csv = openApiDocument().paths['/api/facts.csv']?.get.responses['200'];
    expect(JSON.stringify(csv)).toContain('fact_id, scope, council, council_slug, gss_code, financial_year');
  });
});

describe('real answers', () => {
  const store = routeStore(
    async (db) => {
      await fillReviewStore(db);
      await ingestSeed(db);
    },
    async () => ({
      '/api/councils': (await import('../../../app/api/councils/route')).GET,
      '/api/councils/{slug}': (await import('../../../app/api/councils/[slug]/route')).GET,
      '/api/compare': (await import('../../../app/api/compare/route')).GET,
      '/api/england': (await import('../../../app/api/england/route')).GET,
      '/api/search': (await import('../../../app/api/search/route')).GET,
      '/api/sources/{slug}': (await import('../../../app/api/sources/[slug]/route')).GET,
      '/api/facts': (await import('../../../app/api/facts/route')).GET,
      '/api/facts.csv': (await import('../../../app/api/facts.csv/route')).GET,
      '/api/openapi.json': (await import('../../../app/api/openapi.json/route')).GET,
    }),
  );
  type Routes = typeof store.routes;
  const check = answerChecker(openApiDocument());

  /** Calls the route that serves `template` with a real request for `url`. */
  async function answer(template: keyof Routes, url: string, slug?: string): Promise<Answer> {
    const context = { params: Promise.resolve({ slug: slug ?? '' }) };
    const res = await store.routes[template](new NextRequest(`http://localhost${url}`), context);
    return { path: template, status: res.status, contentType: res.headers.get('content-type'), body: await res.text() };
  }

  const CALLS: Array<[keyof Routes, string, string?, number?]> = [
    ['/api/councils', '/api/councils'],
    ['/api/councils', '/api/councils?x=1', undefined, 400],
    ['/api/councils/{slug}', '/api/councils/welwyn-hatfield', 'welwyn-hatfield'],
    ['/api/councils/{slug}', '/api/councils/st-albans?format=csv', 'st-albans'],
    ['/api/councils/{slug}', '/api/councils/BAD', 'BAD', 400],
    ['/api/councils/{slug}', '/api/councils/atlantis', 'atlantis', 404],
    ['/api/compare', '/api/compare?a=st-albans&b=welwyn-hatfield'],
    ['/api/compare', '/api/compare?a=st-albans&b=watford&format=csv'],
    ['/api/compare', '/api/compare?a=watford&b=watford', undefined, 400],
    ['/api/compare', '/api/compare?a=watford&b=atlantis', undefined, 404],
    ['/api/england', '/api/england'],
    ['/api/search', '/api/search?q=welwyn'],
    ['/api/search', '/api/search?q=bournemouth'],
    ['/api/search', '/api/search?q=%07', undefined, 400],
    ['/api/sources/{slug}', `/api/sources/${HERTS_AD.slug}`, HERTS_AD.slug],
    ['/api/sources/{slug}', '/api/sources/nope', 'nope', 404],
    ['/api/facts', '/api/facts'],
    ['/api/facts', '/api/facts?after=2&limit=3'],
    ['/api/facts', '/api/facts?limit=0', undefined, 400],
    ['/api/facts.csv', '/api/facts.csv'],
    ['/api/openapi.json', '/api/openapi.json'],
    ['/api/openapi.json', '/api/openapi.json?v=2', undefined, 400],
  ];
  for (const [template, url, slug, status = 200] of CALLS) {
    it(`GET ${url} answers ${status} as the description says`, async () => {
      const a = await answer(template, url, slug);
      expect(a.status).toBe(status);
      expect(check(a)).toEqual([]);
    });
  }

  it('every endpoint is called above', () => {
    expect(new Set(CALLS.map(([template]) => template))).toEqual(new Set(Object.keys(openApiDocument().paths)));
  });

  it('fails an answer with a field, a type or a status the description does not give', async () => {
    const real = await answer('/api/facts', '/api/facts?limit=1');
    const body = JSON.parse(real.body);
    const withExtra = { ...body, facts: [{ ...body.facts[0], extra: 1 }] };
    expect(check({ ...real, body: JSON.stringify(withExtra) })).not.toEqual([]);
    expect(check({ ...real, body: JSON.stringify({ ...body, next: 3 }) })).not.toEqual([]);
    const council = await answer('/api/councils/{slug}', '/api/councils/welwyn-hatfield', 'welwyn-hatfield');
    const detail = JSON.parse(council.body);
    detail.spend[0].financialYear = 2017;
    expect(check({ ...council, body: JSON.stringify(detail) })).not.toEqual([]);
    expect(check({ ...real, status: 418 })).not.toEqual([]);
    expect(check({ ...real, contentType: 'text/html' })).not.toEqual([]);
  });
});
