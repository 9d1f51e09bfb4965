import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshot } from '../../../lib/api/snapshot';

// revalidatePath needs a running Next server; here it is only recorded.
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));
const { POST } = await import('../../../app/api/revalidate/route');

const SECRET = 'a-revalidation-secret-of-32-characters-or-more';
const post = (authorization?: string) =>
  POST(
    new NextRequest('http://localhost/api/revalidate', {
      method: 'POST',
      headers: authorization ? { authorization } : {},
    }),
  );

beforeEach(() => revalidatePath.mockClear());
afterEach(() => vi.unstubAllEnvs());

describe('POST /api/revalidate', () => {
  it('is off (404) when the server has no secret', async () => {
    vi.stubEnv('REVALIDATE_SECRET', '');
    const res = await post(`Bearer ${SECRET}`);
    expect(res.status).toBe(404);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('refuses (401) a missing or wrong secret and refreshes nothing', async () => {
    vi.stubEnv('REVALIDATE_SECRET', SECRET);
    for (const header of [undefined, `Bearer ${SECRET}!`, SECRET]) {
      const res = await post(header);
      expect(res.status, String(header)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect((await res.json()).error.code).toBe('unauthorized');
    }
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('with the secret, refreshes every page and forgets every API answer', async () => {
    vi.stubEnv('REVALIDATE_SECRET', SECRET);
    let builds = 0;
    const build = async () => Response.json({ build: ++builds });
    await snapshot('councils', build);
    const res = await post(`Bearer ${SECRET}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ refreshed: true });
    expect(revalidatePath).toHaveBeenCalledExactlyOnceWith('/', 'layout');
    expect(await (await snapshot('councils', build)).json()).toEqual({ build: 2 });
  });
});
