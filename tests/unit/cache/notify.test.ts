import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askServersToRefresh, describeRefresh } from '../../../lib/cache/notify';

const SECRET = 'a-revalidation-secret-of-32-characters-or-more';
const seen: Array<{ method?: string; url?: string; authorization?: string }> = [];
let server: Server;
let base = '';
let closed = '';

// An app server's /api/revalidate as far as the command line can tell: 200 for the secret, else 401.
beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
    if (req.url === '/slow/api/revalidate') return; // never answers
    const ok = req.headers.authorization === `Bearer ${SECRET}`;
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    res.end(ok ? '{"refreshed":true}' : '{"error":{"code":"unauthorized","message":"send the secret"}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port nothing listens on any more: an app server that is down.
  const gone = createServer();
  await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
  closed = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => gone.close(() => resolve()));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('asking app servers to refresh', () => {
  it('posts the secret to each server’s /api/revalidate and reports each answer', async () => {
    seen.length = 0;
    const reports = await askServersToRefresh({ urls: [`${base}/`, base], secret: SECRET });
    expect(reports).toEqual([
      { url: `${base}/`, ok: true, detail: 'refreshed' },
      { url: base, ok: true, detail: 'refreshed' },
    ]);
    expect(seen).toEqual([
      { method: 'POST', url: '/api/revalidate', authorization: `Bearer ${SECRET}` },
      { method: 'POST', url: '/api/revalidate', authorization: `Bearer ${SECRET}` },
    ]);
    expect(describeRefresh(reports)[0]).toBe(`refreshed ${base}/: its pages show the change now`);
  });

  it('reports a refusal, a server that is down and one that never answers, and never throws', async () => {
    const reports = await askServersToRefresh({
      urls: [base, closed, `${base}/slow`],
      secret: 'the-wrong-secret-but-long-enough-to-be-one',
    });
    expect(reports.map((r) => [r.ok, r.detail])).toEqual([
      [false, '401: send the secret'],
      [false, 'ECONNREFUSED'],
      // The secret is not the point here: the endpoint never answers.
      [false, 'no answer in 5 s'],
    ]);
    expect(describeRefresh(reports)[1]).toBe(
      `could not refresh ${closed} (ECONNREFUSED): its pages show the change within 5 s`,
    );
  }, 15_000);

  it('asks nobody when no server is named', async () => {
    expect(await askServersToRefresh({ urls: [], secret: '' })).toEqual([]);
  });
});
