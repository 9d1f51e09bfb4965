/**
 * What nginx tells the app about a request (the client's address, never the client's claim of
 * one), what it tells the client (compressed bodies, no version), and what it logs.
 */
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { header, request } from './support/http';
import { describeNginx, stubsBehindNginx, type Nginx } from './support/nginx';
import { type Stub } from './support/stub';

describeNginx('the proxy', () => {
  let app: Stub;
  let nginx: Nginx;
  stubsBehindNginx(1, ([a], n) => ((app = a!), (nginx = n)));

  const lastSeen = () => app.seen.at(-1)?.headers ?? {};

  it("overwrites the client's X-Forwarded-* and X-Real-IP with what nginx saw", async () => {
    await request(nginx.url('/sign-in/submit'), {
      method: 'POST',
      headers: {
        'X-Forwarded-For': '203.0.113.9, 10.0.0.1',
        'X-Real-IP': '203.0.113.9',
        'X-Forwarded-Host': 'evil.example',
        'X-Forwarded-Proto': 'https',
      },
      body: 'email=a@b.c',
    });
    const seen = lastSeen();
    expect(seen['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen['x-real-ip']).toBe('127.0.0.1');
    expect(seen['x-forwarded-proto']).toBe('http');
    expect(seen['x-forwarded-host']).toBe(`127.0.0.1:${nginx.port}`);
  });

  it('passes the Host the client asked for, port included (Next checks Origin against it)', async () => {
    await request(nginx.url('/host'), { headers: { Host: 'cctv.example.org:8443' } });
    expect(lastSeen().host).toBe('cctv.example.org:8443');
    expect(lastSeen()['x-forwarded-host']).toBe('cctv.example.org:8443');
  });

  it('asks the app for plain bodies: Accept-Encoding is not passed on', async () => {
    await request(nginx.url('/plain'), { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(lastSeen()['accept-encoding']).toBeUndefined();
  });

  it.each([
    'text/html; charset=utf-8',
    'application/json',
    'text/csv; charset=utf-8',
    'text/css',
    'application/javascript',
    'image/svg+xml',
    'text/x-component',
  ])('compresses %s with gzip, on a MISS and on a HIT, for clients that accept it', async (type) => {
    const path = `/gzip/${encodeURIComponent(type)}`;
    const body = `${type} `.repeat(200);
    app.reply(path, { headers: { 'Content-Type': type, 'Cache-Control': 's-maxage=30' }, body });
    const gzip = { 'Accept-Encoding': 'gzip' };
    for (const expected of ['MISS', 'HIT']) {
      const answer = await request(nginx.url(path), { headers: gzip });
      expect(header(answer, 'X-Cache-Status')).toBe(expected);
      expect(header(answer, 'Content-Encoding')).toBe('gzip');
      expect(answer.headers.get('vary')?.join(', ')).toMatch(/Accept-Encoding/i);
      expect(gunzipSync(answer.body).toString()).toBe(body);
    }
    // A client behind a proxy of its own (Via) is compressed for too: gzip_proxied any.
    const proxied = await request(nginx.url(path), { headers: { ...gzip, Via: '1.1 proxy.example' } });
    expect(header(proxied, 'Content-Encoding')).toBe('gzip');
    const plain = await request(nginx.url(path));
    expect(header(plain, 'Content-Encoding')).toBeUndefined();
    expect(plain.text).toBe(body);
  });

  it('does not name its version', async () => {
    expect(header(await request(nginx.url('/version')), 'Server')).toBe('nginx');
  });

  it('logs which app server answered, the cache status and both times', async () => {
    await request(nginx.url('/logged?x=1'));
    const line = nginx.accessLog().find((l) => l.request === 'GET /logged?x=1 HTTP/1.1');
    expect(line?.line).toMatch(
      new RegExp(
        `" 200 \\d+ upstream=${app.address} cache=MISS request_time=\\d+\\.\\d{3} upstream_time=\\d+\\.\\d{3}$`,
      ),
    );
  });
});
