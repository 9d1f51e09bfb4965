import fc from 'fast-check';
import * as staticInfo from 'next/dist/build/analysis/get-page-static-info';
import type { ProxyMatcher } from 'next/dist/build/analysis/get-page-static-info';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { describe, expect, it } from 'vitest';
import { badAddress } from '../../lib/validation/address';
import { searchQuerySchema, slugSchema } from '../../lib/validation/params';
import { config } from '../../proxy';

// Next's own reading of a proxy's `config.matcher` (exported at run time, not in its types), and
// its server's test of a request against the result.
const { getMiddlewareMatchers } = staticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => ProxyMatcher[];
};
const matcher = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));

/** Whether Next would run the proxy for this address. */
function runsProxy(address: string): boolean {
  const url = new URL(address, 'http://localhost');
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return matcher(url.pathname, { headers: {} } as never, query);
}

const MALFORMED = [
  '/compare?a=%00&b=../../etc/passwd',
  '/compare?a=hertsmere&b=Welwyn',
  `/compare?a=${'x'.repeat(101)}&b=hertsmere`,
  '/compare/%00/hertsmere',
  '/compare/hertsmere/..%2Fetc',
  '/councils/%00',
  '/councils/..%2F..%2Fetc%2Fpasswd',
  '/councils/Welwyn-Hatfield',
  `/councils/${'a'.repeat(101)}`,
  '/councils/find?council=..%2Fetc',
  '/councils/find?council=hertsmere&council=..%2Fetc',
  '/compare?a=hert%0Asmere&b=hertsmere',
  '/councils/find?council=a%0Ab',
  '/sources/-x',
  '/councils?sort=Spend',
  '/councils?sort=..%2Fetc',
  '/councils?sort=spend&sort=%00',
  `/councils?q=${'w'.repeat(101)}`,
  '/councils?q=welwyn%00',
  '/councils?q=welwyn%0Ahatfield',
  '/councils?q=welwyn%C2%85',
  '/councils?q=welwyn&q=%7F',
];
const WELL_FORMED = [
  '/',
  '/compare',
  '/compare?a=hertsmere',
  '/compare?a=hertsmere&b=welwyn-hatfield',
  '/compare?a=hertsmere&b=atlantis&junk=%00',
  '/compare/welwyn-hatfield/hertsmere',
  '/councils',
  '/councils/welwyn-hatfield',
  `/councils/${'a'.repeat(100)}`,
  '/councils/find?council=hertsmere',
  '/councils/find?council=..%2Fetc&council=hertsmere',
  '/councils/find?council=',
  '/sources/000-306cc6ddef71cacb',
  '/england',
  '/councils?sort=spend',
  '/councils?sort=camera-sites',
  '/councils?sort=no-such-order',
  '/councils?sort=',
  '/councils?q=welwyn',
  '/councils?q=',
  `/councils?q=${'w'.repeat(100)}`,
  '/councils?q=King%E2%80%99s+Lynn+%26+West+Norfolk',
  '/councils?q=%00&q=welwyn',
  '/councils?q=S%C3%B3merset&sort=cameras',
];

describe('the proxy’s matcher', () => {
  it.each(MALFORMED)('runs the proxy for %s, which answers it 400', (address) => {
    expect(runsProxy(address)).toBe(true);
    expect(badAddress(new URL(address, 'http://localhost'))).not.toBeNull();
  });

  it.each(WELL_FORMED)('leaves %s alone: no cost for a well-formed address', (address) => {
    expect(runsProxy(address)).toBe(false);
    expect(badAddress(new URL(address, 'http://localhost'))).toBeNull();
  });

  it('agrees with slugSchema on any path segment and any query value', () => {
    // "." and ".." (however written) are not segments: URLs drop them before anything reads the path.
    const dots = /^(?:\.|%2e){1,2}$/i;
    const segment = fc.stringMatching(/^[a-zA-Z0-9._~%-]{1,120}$/).filter((s) => !dots.test(s));
    fc.assert(
      fc.property(segment, fc.constantFrom('councils', 'sources'), (s, page) => {
        expect(runsProxy(`/${page}/${s}`)).toBe(!slugSchema.safeParse(s).success);
      }),
      { numRuns: 500 },
    );
    // Any query value: every code point, control characters and line breaks included.
    const value = fc.string({ minLength: 1, maxLength: 120, unit: 'binary' });
    fc.assert(
      fc.property(
        value,
        fc.constantFrom('/compare?a=', '/compare?b=hertsmere&a=', '/councils/find?council=', '/councils?sort='),
        (v, at) => {
          const malformed = !slugSchema.safeParse(v).success;
          expect(runsProxy(`${at}${encodeURIComponent(v)}`)).toBe(malformed);
        },
      ),
      { numRuns: 1000 },
    );
    // A search: any text, astral characters and every control character included.
    const search = fc.oneof(
      fc.string({ maxLength: 130, unit: 'binary' }),
      fc.string({ minLength: 95, maxLength: 105, unit: 'binary' }),
      fc.string({ minLength: 95, maxLength: 105, unit: 'grapheme-ascii' }),
    );
    fc.assert(
      fc.property(search, fc.constantFrom('/councils?q=', '/councils?sort=spend&q='), (v, at) => {
        const malformed = !searchQuerySchema.safeParse(v).success;
        expect(runsProxy(`${at}${encodeURIComponent(v)}`)).toBe(malformed);
        expect(badAddress(new URL(`${at}${encodeURIComponent(v)}`, 'http://localhost')) === 'search').toBe(malformed);
      }),
      { numRuns: 1000 },
    );
    // 2,500 runs through Next's matcher: about 2 s alone, over 5 s on a busy 2-core CI machine.
  }, 30_000);
});
