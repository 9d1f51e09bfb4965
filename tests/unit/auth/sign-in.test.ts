import { describe, expect, it } from 'vitest';
import { signInError, signInQuerySchema } from '../../../lib/auth/sign-in';

describe('signInError', () => {
  it('names why better-auth refused a sign-in', () => {
    expect(signInError(401, 'INVALID_EMAIL_OR_PASSWORD')).toBe('invalid');
    expect(signInError(400, 'VALIDATION_ERROR')).toBe('invalid');
    expect(signInError(429, undefined)).toBe('too-many');
    expect(signInError(403, 'BANNED_USER')).toBe('disabled');
    expect(signInError(403, 'INVALID_ORIGIN')).toBe('failed');
    expect(signInError(500, undefined)).toBe('failed');
  });
});

describe('the sign-in page’s query', () => {
  it('goes to /editor when not told where, and shows no message', () => {
    expect(signInQuerySchema.parse({})).toEqual({ next: '/editor' });
  });

  it('reads the error, the wait and `next`, the last of repeated values', () => {
    expect(signInQuerySchema.parse({ error: 'too-many', retry: '42', next: ['/about', '/councils'] })).toEqual({
      error: 'too-many',
      retry: 42,
      next: '/councils',
    });
  });

  it('drops what it does not recognise instead of failing', () => {
    expect(signInQuerySchema.parse({ error: 'boom', retry: '-1', next: '//evil.example' })).toEqual({
      error: undefined,
      retry: undefined,
      next: '/editor',
    });
  });
});
