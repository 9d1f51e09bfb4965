import { describe, expect, it } from 'vitest';
import { parseCompareQuery, parseSearchQuery, slugSchema } from '../../../lib/validation/params';

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

describe('parseSearchQuery', () => {
  it.each([
    [undefined, { kind: 'empty' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    [' welwyn ', { kind: 'ok', q: 'welwyn' }],
    ['King’s Lynn & West Norfolk', { kind: 'ok', q: 'King’s Lynn & West Norfolk' }],
    [['%00', 'hertsmere'], { kind: 'ok', q: 'hertsmere' }],
    ['w'.repeat(100), { kind: 'ok', q: 'w'.repeat(100) }],
  ])('reads %j', (value, query) => expect(parseSearchQuery(value)).toEqual(query));

  it.each([
    ['w'.repeat(101), 'a search is at most 100 characters'],
    // Counted in UTF-16 units, as the input's maxlength and proxy.ts's matcher count.
    [`${'w'.repeat(95)}${'𐀀'.repeat(3)}`, 'a search is at most 100 characters'],
    ['welwyn\u0000', 'a search holds no control characters'],
    ['welwyn\nhatfield', 'a search holds no control characters'],
    ['welwyn\u0085', 'a search holds no control characters'],
    [['hertsmere', 'a\tb'], 'a search holds no control characters'],
  ])('refuses %j, saying why', (value, message) =>
    expect(parseSearchQuery(value)).toEqual({ kind: 'invalid', message }),
  );
});
