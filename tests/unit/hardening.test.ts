import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../lib/api/handler';
import { databaseUrl, readEnv } from '../../lib/env';
import { parseQuery, compareQuery } from '../../lib/validation/api';

describe('the environment', () => {
  it('defaults to the embedded store on port 3000', () => {
    expect(readEnv({})).toEqual({ DATABASE_URL: 'file:./prisma/dev.db', PORT: 3000 });
    expect(databaseUrl({ DATABASE_URL: 'file:/tmp/x.db' })).toBe('file:/tmp/x.db');
  });

  it('refuses bad values with one message naming each', () => {
    expect(() => readEnv({ DATABASE_URL: 'postgres://x', PORT: 'eighty' })).toThrow(
      /Invalid environment:\n {2}DATABASE_URL: DATABASE_URL must be a SQLite URL[^\n]*\n {2}PORT: /,
    );
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT/);
  });
});

describe('API errors', () => {
  it('logs a failure on the server and answers a JSON 500 with no detail', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const route = handle(async () => {
      throw new Error('SQLITE_CORRUPT: secret detail');
    });
    const res = await route(new NextRequest('http://localhost/api/councils'), {});
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(String(log.mock.calls[0]?.[0])).toContain('GET /api/councils failed');
    log.mockRestore();
  });

  it('reads query strings strictly', () => {
    const q = (s: string) => parseQuery(new URL(`http://x/api/compare${s}`), compareQuery);
    expect(q('?a=hertsmere&b=welwyn-hatfield')).toEqual({
      ok: true,
      data: { a: 'hertsmere', b: 'welwyn-hatfield', format: 'json' },
    });
    expect(q('?a=hertsmere&a=x&b=y')).toMatchObject({ ok: false, code: 'invalid_query' });
    expect(q('?a=hertsmere&b=y&zzz=1')).toMatchObject({ ok: false, code: 'unknown_parameter' });
    expect(q(`?a=${'a'.repeat(2000)}&b=y`)).toMatchObject({ ok: false, code: 'query_too_long' });
    expect(q('?a=Hertsmere&b=y')).toMatchObject({ ok: false, code: 'invalid_query' });
  });
});
