import * as staticInfo from 'next/dist/build/analysis/get-page-static-info';
import type { ProxyMatcher } from 'next/dist/build/analysis/get-page-static-info';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ORIGIN_REFUSED } from '../../../lib/auth/origin';
import { config, proxy } from '../../../proxy';

// As in tests/unit/proxy.test.ts: Next's own reading of the matcher, and its test of a path.
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => ProxyMatcher[];
};
const matcher = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const runsProxy = (path: string) => matcher(path, { headers: {} } as never, {});

const APP = 'http://127.0.0.1:3100';
beforeEach(() => {
  vi.stubEnv('BETTER_AUTH_URL', APP);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const send = (method: string, path: string, origin?: string) =>
  proxy(new NextRequest(`${APP}${path}`, { method, headers: origin === undefined ? {} : { origin } }));

/** Whether the proxy let the request through to Next (NextResponse.next() sets this header). */
const passed = (response: Response) => response.headers.get('x-middleware-next') === '1';

describe('the proxy’s origin check', () => {
  it.each(['/editor', '/editor/new', '/editor/articles/3', '/sign-in', '/sign-in/submit', '/sign-out'])(
    'runs for %s',
    (path) => {
      expect(runsProxy(path)).toBe(true);
    },
  );

  it.each(['/editorial', '/sign-inside', '/sign-out/x', '/api/auth/sign-in/email', '/about'])(
    'does not run for %s',
    (path) => {
      expect(runsProxy(path)).toBe(false);
    },
  );

  it.each([
    ['another site', 'https://evil.example'],
    ['null', 'null'],
    ['no Origin at all', undefined],
  ])('answers a POST from %s with a plain 403', async (_, origin) => {
    for (const path of ['/editor/articles/3', '/sign-in/submit', '/sign-out']) {
      const response = await send('POST', path, origin);
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe(ORIGIN_REFUSED);
    }
  });

  // (An editor's post from the app's own page also needs a session: tests/e2e/editor-security.spec.ts.)
  it('lets the app’s own pages post, and anyone read', async () => {
    expect(passed(await send('POST', '/sign-in/submit', APP))).toBe(true);
    expect(passed(await send('POST', '/sign-out', APP))).toBe(true);
    expect(passed(await send('GET', '/editor'))).toBe(true);
    expect(passed(await send('GET', '/sign-in?next=%2Feditor', 'https://evil.example'))).toBe(true);
  });

  it('refuses every post when BETTER_AUTH_URL is not set, rather than allowing any', async () => {
    vi.stubEnv('BETTER_AUTH_URL', '');
    expect((await send('POST', '/sign-in/submit', APP)).status).toBe(403);
  });

  it('still answers a malformed council address with its 400', async () => {
    const response = await send('GET', '/councils/Welwyn-Hatfield');
    expect(response.status).toBe(400);
  });
});
