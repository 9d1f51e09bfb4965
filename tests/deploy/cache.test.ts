/**
 * The micro-cache: it keeps what the app's Cache-Control allows for as long as it allows, serves
 * an expired copy while one background request refreshes it, lets one request fill a cold entry,
 * and never keeps what is private, signed in, written or not allowed.
 */
import { expect, it } from 'vitest';
import { header, request, sleep, stubBody } from './support/http';
import { describeNginx, stubsBehindNginx, type Nginx } from './support/nginx';
import { type Stub } from './support/stub';

const API_CACHE = 'public, max-age=0, s-maxage=5, stale-while-revalidate=60';
const PAGE_CACHE = 's-maxage=5, stale-while-revalidate';
/** What Next sends for a page rendered per request (the editor, sign-in). */
const DYNAMIC = 'private, no-cache, no-store, max-age=0, must-revalidate';
const SESSION = 'better-auth.session_token';

describeNginx('the micro-cache', () => {
  // One app server, so that its count is every request nginx passed on.
  let app: Stub;
  let nginx: Nginx;
  stubsBehindNginx(1, ([a], n) => ((app = a!), (nginx = n)));

  const get = (path: string, headers: Record<string, string> = {}) => request(nginx.url(path), { headers });
  const cacheStatus = async (path: string, headers?: Record<string, string>) =>
    header(await get(path, headers), 'X-Cache-Status');

  it.each([
    ['the API header (max-age=0, s-maxage=5)', API_CACHE],
    ["a page's header (s-maxage=5, bare stale-while-revalidate)", PAGE_CACHE],
    ['max-age alone', 'public, max-age=30'],
  ])('keeps an answer with %s: the repeat is a HIT the app never sees', async (_, cacheControl) => {
    const path = `/keep/${encodeURIComponent(cacheControl)}`;
    app.reply(path, { headers: { 'Cache-Control': cacheControl } });
    const first = await get(path);
    const second = await get(path);
    expect([header(first, 'X-Cache-Status'), header(second, 'X-Cache-Status')]).toEqual(['MISS', 'HIT']);
    expect(second.text).toBe(first.text);
    expect(app.count(path)).toBe(1);
  });

  it('serves an expired copy at once while one background request refreshes it (STALE, then UPDATING)', async () => {
    const path = '/expire';
    // The refresh is slow, so that the requests during it show they were not kept waiting.
    app.reply(path, (count) => ({
      headers: { 'Cache-Control': 's-maxage=1, stale-while-revalidate' },
      delayMs: count > 1 ? 800 : 0,
    }));
    expect(stubBody(await get(path)).count).toBe(1);
    // nginx counts whole seconds: an entry fresh for 1 s is stale once the clock's second is 2 on.
    await sleep(2100);

    const stale = await get(path);
    expect(header(stale, 'X-Cache-Status')).toBe('STALE');
    expect(stubBody(stale).count).toBe(1);
    expect(stale.ms).toBeLessThan(500);
    const during = await get(path);
    expect(header(during, 'X-Cache-Status')).toBe('UPDATING');
    expect(stubBody(during).count).toBe(1);

    await sleep(1000);
    const fresh = await get(path);
    expect(header(fresh, 'X-Cache-Status')).toBe('HIT');
    expect(stubBody(fresh).count).toBe(2);
    expect(app.count(path)).toBe(2);
  });

  it('lets one request fill a cold entry: 20 at once against a 300 ms page reach the app once', async () => {
    const path = '/lock';
    app.reply(path, { headers: { 'Cache-Control': PAGE_CACHE }, delayMs: 300 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(path)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(app.count(path)).toBe(1);
  });

  it('holds concurrent requests for an uncacheable address at most about a second (the lock timeout)', async () => {
    // nginx 1.22 passes them to the app one at a time, 500 ms apart, until the lock times out.
    app.reply('/lock-uncacheable', { headers: { 'Cache-Control': DYNAMIC }, delayMs: 100 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => get('/lock-uncacheable')));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(1800);
    expect(app.count('/lock-uncacheable')).toBe(10);
  });

  it.each([
    ['no-store', 'public, s-maxage=30, no-store'],
    ['private', 'private, max-age=30'],
    ['no-cache', 'no-cache, s-maxage=30'],
    ["Next's dynamic page", DYNAMIC],
  ])('never keeps an answer marked %s', async (_, cacheControl) => {
    const path = `/never/${encodeURIComponent(cacheControl)}`;
    app.reply(path, { headers: { 'Cache-Control': cacheControl } });
    expect([await cacheStatus(path), await cacheStatus(path)]).toEqual(['MISS', 'MISS']);
    expect(app.count(path)).toBe(2);
  });

  it('never keeps an answer without Cache-Control (there is no blanket proxy_cache_valid)', async () => {
    app.reply('/no-header', {});
    await get('/no-header');
    await get('/no-header');
    expect(app.count('/no-header')).toBe(2);
  });

  it('never keeps an answer that sets a cookie, however cacheable it says it is', async () => {
    app.reply('/cookie', {
      headers: { 'Cache-Control': 'public, s-maxage=30', 'Set-Cookie': 'a=b; Path=/; HttpOnly' },
    });
    const first = await get('/cookie');
    const second = await get('/cookie');
    expect(header(second, 'Set-Cookie')).toBe('a=b; Path=/; HttpOnly');
    expect([header(first, 'X-Cache-Status'), header(second, 'X-Cache-Status')]).toEqual(['MISS', 'MISS']);
    expect(app.count('/cookie')).toBe(2);
  });

  it.each([SESSION, `__Secure-${SESSION}`])(
    'a signed-in editor (cookie %s) is never served from the cache nor stored in it',
    async (cookie) => {
      const path = `/signed-in/${cookie}`;
      app.reply(path, { headers: { 'Cache-Control': PAGE_CACHE } });
      const signedIn = { Cookie: `theme=dark; ${cookie}=abc.def` };
      // First signed in: not stored, so the next reader is a MISS.
      expect(await cacheStatus(path, signedIn)).toBe('BYPASS');
      expect(await cacheStatus(path)).toBe('MISS');
      expect(await cacheStatus(path)).toBe('HIT');
      // Now cached for readers; the editor still goes to the app.
      expect(await cacheStatus(path, signedIn)).toBe('BYPASS');
      expect(app.count(path)).toBe(3);
    },
  );

  it('a request with Authorization is never served from the cache nor stored in it', async () => {
    app.reply('/authorization', { headers: { 'Cache-Control': PAGE_CACHE } });
    const auth = { Authorization: 'Bearer abc' };
    expect(await cacheStatus('/authorization', auth)).toBe('BYPASS');
    expect(await cacheStatus('/authorization')).toBe('MISS');
    expect(await cacheStatus('/authorization', auth)).toBe('BYPASS');
    expect(app.count('/authorization')).toBe(3);
  });

  it('other cookies do not stop caching', async () => {
    app.reply('/other-cookie', { headers: { 'Cache-Control': PAGE_CACHE } });
    const cookie = { Cookie: `theme=dark; x${SESSION}=1; ${SESSION}x=1` };
    expect([await cacheStatus('/other-cookie', cookie), await cacheStatus('/other-cookie', cookie)]).toEqual([
      'MISS',
      'HIT',
    ]);
  });

  it('never keeps or answers a POST from the cache', async () => {
    app.reply('/post', { headers: { 'Cache-Control': 'public, s-maxage=30' } });
    await request(nginx.url('/post'), { method: 'POST', body: 'a=1' });
    await request(nginx.url('/post'), { method: 'POST', body: 'a=1' });
    expect(await cacheStatus('/post')).toBe('MISS');
    expect(app.count('/post', 'POST')).toBe(2);
  });

  it.each(['/editor', '/editor/new', '/sign-in', '/sign-in/submit', '/sign-out', '/api/auth/get-session', '/EDITOR'])(
    'never caches %s, even when the app says it may',
    async (path) => {
      app.reply(path, { headers: { 'Cache-Control': 'public, s-maxage=30' } });
      await get(path);
      await get(`${path}?again`);
      await get(path);
      expect(app.count(path)).toBe(3);
    },
  );

  it('a path that only begins like one of those (/editorial) is cached', async () => {
    app.reply('/editorial', { headers: { 'Cache-Control': 'public, s-maxage=30' } });
    expect([await cacheStatus('/editorial'), await cacheStatus('/editorial')]).toEqual(['MISS', 'HIT']);
  });

  it("keeps a copy per value of what the app's Vary names: a page and its RSC payload never mix", async () => {
    const vary = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';
    app.reply('/vary', (count, req) => ({
      headers: { 'Cache-Control': PAGE_CACHE, Vary: vary },
      body: req.headers.rsc ? `rsc payload ${count}` : `html page ${count}`,
    }));
    expect((await get('/vary')).text).toBe('html page 1');
    expect((await get('/vary', { RSC: '1' })).text).toBe('rsc payload 2');
    const [page, rsc] = [await get('/vary'), await get('/vary', { RSC: '1' })];
    expect([page.text, header(page, 'X-Cache-Status')]).toEqual(['html page 1', 'HIT']);
    expect([rsc.text, header(rsc, 'X-Cache-Status')]).toEqual(['rsc payload 2', 'HIT']);
  });

  it('keeps /_next/static/ assets the app marks immutable', async () => {
    const path = '/_next/static/chunks/app-0123abcd.js';
    app.reply(path, {
      headers: { 'Content-Type': 'application/javascript', 'Cache-Control': 'public, max-age=31536000, immutable' },
      body: 'console.log(1)',
    });
    expect([await cacheStatus(path), await cacheStatus(path)]).toEqual(['MISS', 'HIT']);
    expect(app.count(path)).toBe(1);
  });
});
