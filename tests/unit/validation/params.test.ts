import { describe, expect, it } from 'vitest';
import { parseCompareQuery, slugSchema } from '../../../lib/validation/params';

describe('slugs', () => {
  it.each(['welwyn-hatfield', 'hertsmere', '000-306cc6ddef71cacb', 'a'])('accept %j', (s) =>
    expect(slugSchema.safeParse(s).success).toBe(true),
  );
  it.each(['', 'Hertsmere', '-x', 'x-', 'a--b', 'a b', '../etc', '\u0000', '%00', 'x'.repeat(101)])('refuse %j', (s) =>
    expect(slugSchema.safeParse(s).success).toBe(false),
  );
});

describe('parseCompareQuery', () => {
  it.each([
    [{}, { kind: 'empty' }],
    [{ a: '' }, { kind: 'empty' }],
    [{ a: 'hertsmere' }, { kind: 'incomplete', a: 'hertsmere', b: null }],
    [{ b: ' hertsmere ' }, { kind: 'incomplete', a: null, b: 'hertsmere' }],
    [
      { a: 'hertsmere', b: 'hertsmere' },
      { kind: 'same', slug: 'hertsmere' },
    ],
    [
      { a: ['x', 'hertsmere'], b: 'welwyn-hatfield', extra: 'y' },
      { kind: 'ok', a: 'hertsmere', b: 'welwyn-hatfield' },
    ],
    [
      { a: ['%00', 'hertsmere'], b: 'welwyn-hatfield' },
      { kind: 'ok', a: 'hertsmere', b: 'welwyn-hatfield' },
    ],
    [{ a: ['hertsmere', '%00'], b: 'welwyn-hatfield' }, { kind: 'invalid' }],
    [{ a: '../../etc/passwd', b: 'hertsmere' }, { kind: 'invalid' }],
    [{ a: '\u0000', b: 'hertsmere' }, { kind: 'invalid' }],
    [{ a: 'hertsmere', b: 'x'.repeat(10_000) }, { kind: 'invalid' }],
  ])('reads %j', (query, expected) => {
    expect(parseCompareQuery(query)).toEqual(expected);
  });
});
