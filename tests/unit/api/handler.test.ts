import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../../lib/api/handler';
import { createDb } from '../../../lib/db';

// Nothing listens on port 9 here: PostgreSQL stopped, as far as the app can tell.
const DOWN = 'postgresql://cctv:hunter2@127.0.0.1:9/cctv';
const request = new NextRequest('http://localhost/api/councils');

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

  it('passes a handler’s own answer through', async () => {
    const route = handle(async () => new Response('ok', { status: 201 }));
    expect((await route(new NextRequest('http://localhost/api/x'), {})).status).toBe(201);
  });

  it('answers 503 with a reason, a time to retry and no caching when the database cannot be reached', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const db = createDb(DOWN);
    const res = await handle(async () => Response.json(await db.article.count()))(request, {});
    await db.$disconnect();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('10');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      error: { code: 'store_unavailable', message: 'the figures cannot be read right now; try again in a minute' },
    });
    // The server's log says why, in one line, without the password.
    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0]?.[0]);
    expect(line).toBe(
      "API GET /api/councils: the database cannot be reached: Can't reach database server at 127.0.0.1:9",
    );
    logged.mockRestore();
  });
});
