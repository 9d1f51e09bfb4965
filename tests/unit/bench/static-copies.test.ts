import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkServed, copyUrl, removeCopies, writeCopies } from '../../bench/static-copies';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'bench-copies-'));

describe('static copies', () => {
  it('names a copy after its page, as JSON or CSV when the page is', () => {
    expect(copyUrl(0, '/', 'text/html; charset=utf-8')).toBe('/__bench/0-index.html');
    expect(copyUrl(2, '/compare?a=welwyn-hatfield&b=hertsmere', 'text/html')).toBe(
      '/__bench/2-compare-a-welwyn-hatfield-b-hertsmere.html',
    );
    expect(copyUrl(4, '/api/councils', 'application/json')).toBe('/__bench/4-api-councils.json');
    expect(copyUrl(8, '/api/facts.csv', 'text/csv; charset=utf-8')).toBe('/__bench/8-api-facts-csv.csv');
  });

  it('removes the copies, and public/ when they were all it held', () => {
    const dir = tmp();
    const pub = path.join(dir, 'public');
    mkdirSync(path.join(pub, '__bench'), { recursive: true });
    writeFileSync(path.join(pub, '__bench', '0-index.html'), 'x');
    removeCopies(pub);
    expect(existsSync(pub)).toBe(false);
    removeCopies(pub); // nothing left to remove: no error

    mkdirSync(path.join(pub, '__bench'), { recursive: true });
    writeFileSync(path.join(pub, 'robots.txt'), 'x');
    removeCopies(pub);
    expect(existsSync(path.join(pub, '__bench'))).toBe(false);
    expect(existsSync(path.join(pub, 'robots.txt'))).toBe(true);
    rmSync(dir, { recursive: true });
  });

  describe('against a server', () => {
    const pages: Record<string, { status: number; type: string; body: string }> = {
      '/': { status: 200, type: 'text/html; charset=utf-8', body: '<p>overview</p>'.repeat(100) },
      '/api/councils': { status: 200, type: 'application/json', body: '{"councils":[]}' },
      '/broken': { status: 500, type: 'text/html', body: 'oops' },
    };
    const server = http.createServer((req, res) => {
      const page = pages[req.url ?? ''] ?? { status: 404, type: 'text/plain', body: 'not found' };
      res.writeHead(page.status, { 'content-type': page.type }).end(page.body);
    });
    let base = '';
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => server.close());

    it("writes each page's own bytes, and no copy of a page that does not answer 200", async () => {
      const pub = path.join(tmp(), 'public');
      const copies = await writeCopies(base, ['/', '/api/councils', '/broken'], pub);
      expect(copies['/']).toMatchObject({ ok: true, value: { url: '/__bench/0-index.html', bytes: 1500 } });
      expect(copies['/api/councils']).toMatchObject({ ok: true, value: { url: '/__bench/1-api-councils.json' } });
      expect(readFileSync(path.join(pub, '__bench', '0-index.html'), 'utf8')).toBe(pages['/']?.body);
      expect(copies['/broken']).toMatchObject({
        ok: false,
        reason: 'reading the page for its copy: /broken answered 500 (x2)',
      });
      removeCopies(pub);
    });

    it('checks that a copy is served with exactly the bytes of its page', async () => {
      await expect(checkServed(base, { url: '/', file: '', bytes: 1500 })).resolves.toBeUndefined();
      await expect(checkServed(base, { url: '/', file: '', bytes: 1501 })).rejects.toThrow(
        'the static copy / is 1500 bytes, the page 1501',
      );
      await expect(checkServed(base, { url: '/__bench/9-x.html', file: '', bytes: 9 })).rejects.toThrow(
        'the static copy /__bench/9-x.html answered 404',
      );
    });
  });
});
