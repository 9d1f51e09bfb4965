import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadJs } from '../../bench/client-js';

const routes: Record<string, [number, string]> = {
  '/': [200, '<script src="/a.js"></script><script src="/b.js"></script><script src="/a.js"></script>'],
  '/a.js': [200, 'x'.repeat(5000)],
  '/b.js': [200, 'console.log(1)'],
  '/down': [500, 'oops'],
  '/missing-script': [200, '<script src="/gone.js"></script>'],
};
const server = http.createServer((req, res) => {
  const [status, body] = routes[req.url ?? ''] ?? [404, 'not found'];
  res.writeHead(status).end(body);
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('first-load JS', () => {
  it('counts each script the page loads once', async () => {
    expect(await firstLoadJs(base, '/')).toMatchObject({ path: '/', scripts: 2 });
  });

  it('fails, rather than counting an error page, when the page or a script does not answer 2xx', async () => {
    await expect(firstLoadJs(base, '/down')).rejects.toThrow('/down answered 500');
    await expect(firstLoadJs(base, '/missing-script')).rejects.toThrow('/gone.js answered 404');
  });
});
