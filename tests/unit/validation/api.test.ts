import { describe, expect, it } from 'vitest';
import { compareQuery, formatQuery, noQuery, parseQuery, searchQuery } from '../../../lib/validation/api';

describe('API query strings', () => {
  const q = (s: string) => parseQuery(new URL(`http://x/api/compare${s}`), compareQuery);

  it('are read strictly', () => {
    expect(q('?a=hertsmere&b=welwyn-hatfield')).toEqual({
      ok: true,
      data: { a: 'hertsmere', b: 'welwyn-hatfield', format: 'json' },
    });
    expect(q('?a=hertsmere&a=x&b=y')).toMatchObject({ ok: false, code: 'invalid_query' });
    expect(q('?a=hertsmere&b=y&zzz=1')).toMatchObject({ ok: false, code: 'unknown_parameter' });
    expect(q(`?a=${'a'.repeat(2000)}&b=y`)).toMatchObject({ ok: false, code: 'query_too_long' });
    expect(q('?a=Hertsmere&b=y')).toMatchObject({ ok: false, code: 'invalid_query' });
  });

  it('name what is wrong', () => {
    expect(parseQuery(new URL('http://x/?format=xml'), formatQuery)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^format: /),
    });
    expect(parseQuery(new URL('http://x/?x=1'), noQuery)).toMatchObject({
      ok: false,
      message: 'unknown query parameter "x"; allowed: none',
    });
  });

  it('read a council search strictly too', () => {
    const search = (s: string) => parseQuery(new URL(`http://x/api/search${s}`), searchQuery);
    expect(search('?q=+Welwyn+')).toEqual({ ok: true, data: { q: 'Welwyn' } });
    expect(search('?q=')).toEqual({ ok: true, data: { q: '' } });
    expect(search('')).toMatchObject({ ok: false, code: 'invalid_query', message: expect.stringMatching(/^q: /) });
    expect(search(`?q=${'w'.repeat(101)}`)).toMatchObject({
      ok: false,
      code: 'invalid_query',
      message: 'q: a search is at most 100 characters',
    });
    expect(search('?q=a%00b')).toMatchObject({ ok: false, code: 'invalid_query' });
    expect(search('?q=a&q=b')).toMatchObject({ ok: false, code: 'invalid_query' });
    expect(search('?q=a&sort=spend')).toMatchObject({ ok: false, code: 'unknown_parameter' });
  });
});
