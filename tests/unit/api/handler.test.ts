import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../../lib/api/handler';

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
});
