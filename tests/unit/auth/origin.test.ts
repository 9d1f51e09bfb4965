import { describe, expect, it } from 'vitest';
import { appOrigins, isSameOrigin, needsOriginCheck } from '../../../lib/auth/origin';

const APP = ['http://127.0.0.1:3100'];

describe('isSameOrigin', () => {
  it('accepts the app’s own origin', () => {
    expect(isSameOrigin('http://127.0.0.1:3100', APP)).toBe(true);
    expect(isSameOrigin('https://cctv.example.org', ['https://cctv.example.org'])).toBe(true);
  });

  it.each([
    ['missing', null],
    ['undefined', undefined],
    ['empty', ''],
    ['the string null (sandboxed frames, file: pages)', 'null'],
    ['another site', 'https://evil.example'],
    ['another port', 'http://127.0.0.1:3101'],
    ['another scheme', 'https://127.0.0.1:3100'],
    ['another host for the same machine', 'http://localhost:3100'],
    ['a subdomain', 'http://sub.127.0.0.1:3100'],
    ['a path after the origin', 'http://127.0.0.1:3100/editor'],
    ['a trailing slash', 'http://127.0.0.1:3100/'],
    ['user info', 'http://user@127.0.0.1:3100'],
    ['not a URL', 'garbage'],
    ['a prefix of the origin', 'http://127.0.0.1:310'],
    ['the origin as a prefix', 'http://127.0.0.1:31000'],
  ])('refuses %s', (_, header) => {
    expect(isSameOrigin(header, APP)).toBe(false);
  });

  it('compares scheme and host without regard to case, as browsers serialise them', () => {
    expect(isSameOrigin('HTTP://EXAMPLE.ORG', ['http://example.org'])).toBe(true);
  });

  it('refuses everything when no origin is allowed', () => {
    expect(isSameOrigin('http://127.0.0.1:3100', [])).toBe(false);
  });

  it('does not count a default port written out as the same header', () => {
    expect(isSameOrigin('https://cctv.example.org:443', ['https://cctv.example.org'])).toBe(false);
  });
});

describe('appOrigins', () => {
  it('is BETTER_AUTH_URL’s origin, or nothing', () => {
    expect(appOrigins('http://127.0.0.1:3100')).toEqual(['http://127.0.0.1:3100']);
    expect(appOrigins('https://cctv.example.org/')).toEqual(['https://cctv.example.org']);
    expect(appOrigins(undefined)).toEqual([]);
    expect(appOrigins('')).toEqual([]);
    expect(appOrigins('not a url')).toEqual([]);
  });
});

describe('needsOriginCheck', () => {
  it.each([
    ['POST', '/editor'],
    ['POST', '/editor/articles/3'],
    ['post', '/editor/new'],
    ['PUT', '/editor'],
    ['DELETE', '/editor/articles/3'],
    ['OPTIONS', '/editor'],
    ['POST', '/sign-in'],
    ['POST', '/sign-in/submit'],
    ['POST', '/sign-out'],
  ])('checks %s %s', (method, path) => {
    expect(needsOriginCheck(method, path)).toBe(true);
  });

  it.each([
    ['GET', '/editor'],
    ['HEAD', '/editor/new'],
    ['GET', '/sign-in'],
    ['POST', '/'],
    ['POST', '/editorial'],
    ['POST', '/sign-inside'],
    ['POST', '/sign-outer'],
    ['POST', '/api/auth/sign-in/email'],
    ['POST', '/councils/editor'],
  ])('leaves %s %s alone', (method, path) => {
    expect(needsOriginCheck(method, path)).toBe(false);
  });
});
