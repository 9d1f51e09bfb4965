/**
 * When the app fails: a stale copy if there is one, else nginx's own 503 (an HTML page, or JSON
 * under /api/) with Retry-After; the API's own JSON errors pass untouched; and every response,
 * the app's or nginx's, carries the security headers exactly once.
 */
import net from 'node:net';
import { expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../lib/security-headers';
import { header, request, sleep, stubBody, type Answer } from './support/http';
import { describeNginx, stubsBehindNginx, type Nginx } from './support/nginx';
import { STUB_CSP, type Reply, type Stub } from './support/stub';

/** Each security header once, with nginx's value (next.config.ts's, checked by render.test.ts). */
function expectNginxSecurityHeaders(answer: Answer) {
  for (const { key, value } of SECURITY_HEADERS) expect(header(answer, key), key).toBe(value);
}

/** Each security header once, and the CSP the app sent, not nginx's copy. */
function expectAppSecurityHeaders(answer: Answer) {
  for (const { key } of SECURITY_HEADERS) expect(header(answer, key), key).toBeDefined();
  expect(header(answer, 'Content-Security-Policy')).toBe(STUB_CSP);
}

describeNginx('when the app fails', () => {
  // A fresh nginx and two app servers for each test: each test stops or breaks them.
  let stubs: Stub[] = [];
  let nginx: Nginx | undefined;
  stubsBehindNginx(2, (s, n) => ((stubs = s), (nginx = n)), { each: true });

  const get = (path: string) => request(nginx?.url(path) ?? '');
  const replyAll = (path: string, reply: Reply) => stubs.forEach((s) => s.reply(path, reply));
  const stopAll = () => Promise.all(stubs.map((s) => s.stop()));

  /** Caches an answer fresh for 1 s, waits until it has expired, and returns it. */
  async function cacheThenExpire(path: string, contentType = 'text/html') {
    replyAll(path, { headers: { 'Cache-Control': 's-maxage=1', 'Content-Type': contentType } });
    const first = await get(path);
    expect(header(first, 'X-Cache-Status')).toBe('MISS');
    // nginx counts whole seconds (cache.test.ts).
    await sleep(2100);
    return first;
  }

  it("keeps the app's security headers, once each, on a MISS and on a HIT", async () => {
    replyAll('/headers', { headers: { 'Cache-Control': 's-maxage=30' } });
    const miss = await get('/headers');
    const hit = await get('/headers');
    expect([header(miss, 'X-Cache-Status'), header(hit, 'X-Cache-Status')]).toEqual(['MISS', 'HIT']);
    expectAppSecurityHeaders(miss);
    expectAppSecurityHeaders(hit);
  });

  it('with every app server down and nothing cached: the 503 page, with Retry-After and the security headers', async () => {
    await stopAll();
    const answer = await get('/councils/nowhere');
    expect(answer.status).toBe(503);
    expect(header(answer, 'Retry-After')).toBe('60');
    expect(header(answer, 'Content-Type')).toBe('text/html; charset=utf-8');
    expect(header(answer, 'Cache-Control')).toBe('no-store');
    expect(answer.text).toContain('The figures are temporarily unavailable');
    expect(answer.text).toContain('try again in a minute');
    expectNginxSecurityHeaders(answer);
  });

  it.each([500, 502, 503, 504])(
    'an app answer %i with nothing cached becomes the 503 page: none of its body, the headers once',
    async (status) => {
      replyAll('/broken', { status, body: 'Error: boom\n    at render (/app/.next/server/page.js:1:2)' });
      const answer = await get('/broken');
      expect(answer.status).toBe(503);
      expect(header(answer, 'Retry-After')).toBe('60');
      expect(answer.text).toContain('The figures are temporarily unavailable');
      expect(answer.text).not.toContain('boom');
      expectNginxSecurityHeaders(answer);
    },
  );

  it("the app's own 404 page passes untouched", async () => {
    replyAll('/councils/unknown', { status: 404, body: 'no such council', headers: { 'Content-Type': 'text/html' } });
    const answer = await get('/councils/unknown');
    expect([answer.status, answer.text]).toEqual([404, 'no such council']);
    expectAppSecurityHeaders(answer);
  });

  it('serves the stale copy while the app answers 500, and a 500 never replaces it', async () => {
    const first = await cacheThenExpire('/stale-500');
    // Marked cacheable, so only use_stale's http_500 keeps it out of the cache.
    replyAll('/stale-500', { status: 500, headers: { 'Cache-Control': 's-maxage=30' }, body: 'boom' });
    for (let i = 0; i < 3; i++) {
      const answer = await get('/stale-500');
      expect([answer.status, answer.text]).toEqual([200, first.text]);
      expect(header(answer, 'X-Cache-Status')).toMatch(/^(STALE|UPDATING)$/);
      expectAppSecurityHeaders(answer);
      await sleep(200);
    }
    expect(stubs.reduce((n, s) => n + s.count('/stale-500'), 0)).toBeGreaterThan(1);
  });

  it('serves the stale copy while every app server is down', async () => {
    const first = await cacheThenExpire('/stale-down');
    await stopAll();
    for (let i = 0; i < 3; i++) {
      const answer = await get('/stale-down');
      expect([answer.status, answer.text]).toEqual([200, first.text]);
      expect(header(answer, 'X-Cache-Status')).toMatch(/^(STALE|UPDATING)$/);
      expectAppSecurityHeaders(answer);
    }
  });

  it("keeps the API's own JSON errors", async () => {
    const body = JSON.stringify({ error: { code: 'internal_error', message: 'something went wrong' } });
    replyAll('/api/councils', { status: 500, body });
    const answer = await get('/api/councils');
    expect([answer.status, answer.text]).toEqual([500, body]);
    expect(header(answer, 'Content-Type')).toBe('application/json');
    expectAppSecurityHeaders(answer);
  });

  it('serves a stale API answer while the app answers 500', async () => {
    const first = await cacheThenExpire('/api/england', 'application/json');
    replyAll('/api/england', { status: 500, body: '{"error":{"code":"internal_error","message":"x"}}' });
    const answer = await get('/api/england');
    expect([answer.status, answer.text]).toEqual([200, first.text]);
    expect(stubBody(answer).path).toBe('/api/england');
  });

  it('with no app server reachable, the API answers a JSON 503', async () => {
    await stopAll();
    const answer = await get('/api/councils?region=london');
    expect(answer.status).toBe(503);
    expect(header(answer, 'Content-Type')).toBe('application/json');
    expect(header(answer, 'Retry-After')).toBe('60');
    expect(JSON.parse(answer.text)).toEqual({
      error: { code: 'unavailable', message: expect.stringContaining('temporarily unavailable') },
    });
    expectNginxSecurityHeaders(answer);
  });

  it('other answers nginx makes itself (413, a body over 4 MB) carry the security headers too', async () => {
    // Raw, so that the declared length is sent without the 5 MB: nginx refuses it from the header.
    // It would then wait 5 s for the body it refused (lingering close): the head is all we need.
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(nginx?.port ?? 0, '127.0.0.1', () =>
        socket.write('POST /editor/new HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\r\n\r\n')) {
          socket.destroy();
          resolve(text);
        }
      });
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 413 /);
    for (const { key, value } of SECURITY_HEADERS) {
      expect(raw.split('\r\n').filter((line) => line === `${key}: ${value}`)).toHaveLength(1);
    }
  });
});
