/**
 * Several app servers: requests go round robin over kept-alive HTTP/1.1 connections; a server
 * that stops, dies mid-request or answers 502/503 costs no GET, and a POST is never sent twice.
 */
import http from 'node:http';
import { expect, it } from 'vitest';
import { request, sleep, stubBody } from './support/http';
import { describeNginx, stubsBehindNginx, type Nginx } from './support/nginx';
import { totalCount, type Stub } from './support/stub';

describeNginx('balancing and failover', () => {
  // A fresh nginx for each test: what one test teaches nginx about failed servers must not leak.
  let stubs: Stub[] = [];
  let nginx: Nginx | undefined;
  stubsBehindNginx(3, (s, n) => ((stubs = s), (nginx = n)), { each: true });

  const url = (path: string) => nginx?.url(path) ?? '';

  it('takes the app servers in turn', async () => {
    for (let i = 0; i < 30; i++) await request(url('/turns'));
    expect(stubs.map((s) => s.count('/turns'))).toEqual([10, 10, 10]);
    const served = nginx?.accessLog().map((line) => line.upstream);
    for (const stub of stubs) expect(served?.filter((u) => u === stub.address)).toHaveLength(10);
  });

  it('talks HTTP/1.1 to them and keeps each connection for the next request', async () => {
    // One client connection, so one nginx worker and its one pool of app connections.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < 30; i++) await request(url('/keepalive'), { agent });
    agent.destroy();
    for (const stub of stubs) {
      expect(stub.seen.every((s) => s.httpVersion === '1.1' && s.headers.connection === undefined)).toBe(true);
      expect(new Set(stub.seen.map((s) => s.socket)).size).toBe(1);
    }
  });

  it('with one server stopped, no request fails: 200 one after another, then 50 at once', async () => {
    const [, stopped] = stubs;
    await stopped?.stop();
    const statuses: number[] = [];
    // Each its own address: concurrent requests for one uncacheable address wait on the cache
    // lock (cache.test.ts), which is not what this test is about.
    for (let i = 0; i < 200; i++) statuses.push((await request(url(`/failover?${i}`))).status);
    const together = await Promise.all(Array.from({ length: 50 }, (_, i) => request(url(`/failover?c${i}`))));
    statuses.push(...together.map((a) => a.status));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(stopped?.count()).toBe(0);
    // Requests were sent to the stopped server first and retried, which is why none failed; after
    // two failures (max_fails) it was left out, so only two paid for the retry.
    const retried = nginx?.accessLog().filter((line) => line.upstream.startsWith(`${stopped?.address}, `));
    expect(retried).toHaveLength(2);
  });

  /** Sends a request to /slow (which every stub answers after a second) and kills whichever server got it. */
  async function killServerMidRequest(method: string) {
    for (const stub of stubs) stub.reply('/slow', { delayMs: 1000 });
    const answer = request(url('/slow'), { method, body: method === 'POST' ? 'a=1' : undefined });
    let victim: Stub | undefined;
    while (!victim) {
      await sleep(20);
      victim = stubs.find((s) => s.inFlight.size > 0);
    }
    await victim.stop();
    return { answer: await answer, victim };
  }

  it('a GET in flight when its server dies is answered by another', async () => {
    const { answer, victim } = await killServerMidRequest('GET');
    expect(answer.status).toBe(200);
    expect(stubBody(answer).id).not.toBe(victim.id);
  });

  it('a POST in flight when its server dies is not sent again: the client gets the 503 page', async () => {
    const { answer } = await killServerMidRequest('POST');
    expect(answer.status).toBe(503);
    expect(totalCount(stubs, '/slow', 'POST')).toBe(1);
  });

  it('a GET answered 502 or 503 is retried on the next server', async () => {
    stubs[0]?.reply('/flaky', { status: 502 });
    stubs[1]?.reply('/flaky', { status: 503 });
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await request(url('/flaky')));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    expect(answers.every((a) => stubBody(a).id === 'C')).toBe(true);
  });

  it('a POST answered 502 is not sent to another server', async () => {
    for (const stub of stubs) stub.reply('/write', { status: 502 });
    const answer = await request(url('/write'), { method: 'POST', body: 'a=1' });
    expect(answer.status).toBe(503);
    expect(totalCount(stubs, '/write', 'POST')).toBe(1);
  });
});
