import { describe, expect, it } from 'vitest';
import { readAuthEnv, readEnv } from '../../../lib/env';

const SECRET = 'a'.repeat(32);

describe('readAuthEnv', () => {
  it('reads the secret, the app’s address and the trusted IP header (x-forwarded-for by default)', () => {
    expect(readAuthEnv({ BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: 'http://localhost:3000' })).toEqual({
      BETTER_AUTH_SECRET: SECRET,
      BETTER_AUTH_URL: 'http://localhost:3000',
      TRUSTED_IP_HEADER: 'x-forwarded-for',
    });
    expect(
      readAuthEnv({
        BETTER_AUTH_SECRET: SECRET,
        BETTER_AUTH_URL: 'https://cctv.example.org',
        TRUSTED_IP_HEADER: ' X-Real-IP ',
      }),
    ).toMatchObject({ BETTER_AUTH_URL: 'https://cctv.example.org', TRUSTED_IP_HEADER: 'x-real-ip' });
  });

  it('names each missing variable and how to get a secret', () => {
    expect(() => readAuthEnv({})).toThrow(
      /Invalid environment:\n {2}BETTER_AUTH_SECRET: is not set: npm start generates one[^\n]*\n {2}BETTER_AUTH_URL: must be the address/,
    );
  });

  it.each([
    [{ BETTER_AUTH_SECRET: 'a'.repeat(31) }, /BETTER_AUTH_SECRET: must be at least 32 characters/],
    [{ BETTER_AUTH_URL: 'ftp://localhost:3000' }, /BETTER_AUTH_URL: must be the address the app is served at/],
    [{ BETTER_AUTH_URL: 'localhost:3000' }, /BETTER_AUTH_URL: must be the address the app is served at/],
    [{ BETTER_AUTH_URL: 'http://localhost:3000/app' }, /BETTER_AUTH_URL: must be an origin only/],
    [{ TRUSTED_IP_HEADER: 'x forwarded for' }, /TRUSTED_IP_HEADER: must be an HTTP header name/],
  ])('refuses %o', (bad, message) => {
    expect(() => readAuthEnv({ BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: 'http://localhost:3000', ...bad })).toThrow(
      message,
    );
  });

  it('leaves readEnv as it was: the store and port need no sign-in settings', () => {
    expect(readEnv({})).toEqual({ DATABASE_URL: 'file:./prisma/dev.db', PORT: 3000, DATABASE_POOL_MAX: 10 });
  });
});
