import { describe, expect, it } from 'vitest';
import { readCacheEnv, readRevalidateTargets } from '../../../lib/env';

const SECRET = 'a-revalidation-secret-of-32-characters-or-more';

describe('the shared cache’s settings', () => {
  it('are optional, and checked when given', () => {
    expect(readCacheEnv({})).toEqual({});
    expect(readCacheEnv({ REDIS_URL: 'redis://127.0.0.1:6379', REVALIDATE_SECRET: SECRET })).toEqual({
      REDIS_URL: 'redis://127.0.0.1:6379',
      REVALIDATE_SECRET: SECRET,
    });
    expect(() => readCacheEnv({ REDIS_URL: 'http://cache', REVALIDATE_SECRET: 'short' })).toThrow(
      /REDIS_URL: must be a Redis URL[^\n]*\n {2}REVALIDATE_SECRET: must be at least 32 characters/,
    );
  });
});

describe('the servers the command line refreshes', () => {
  it('are none by default, else each address with the secret', () => {
    expect(readRevalidateTargets({})).toEqual({ urls: [], secret: '' });
    expect(
      readRevalidateTargets({
        REVALIDATE_URLS: 'http://10.0.0.2:3000, http://10.0.0.3:3000',
        REVALIDATE_SECRET: SECRET,
      }),
    ).toEqual({ urls: ['http://10.0.0.2:3000', 'http://10.0.0.3:3000'], secret: SECRET });
  });

  it('need the secret, and addresses that are http(s)', () => {
    expect(() => readRevalidateTargets({ REVALIDATE_URLS: 'http://10.0.0.2:3000' })).toThrow(
      /REVALIDATE_SECRET: is not set, and REVALIDATE_URLS needs it/,
    );
    expect(() => readRevalidateTargets({ REVALIDATE_URLS: 'ftp://x, nonsense', REVALIDATE_SECRET: SECRET })).toThrow(
      /REVALIDATE_URLS: must be the address of an app server/,
    );
  });
});
