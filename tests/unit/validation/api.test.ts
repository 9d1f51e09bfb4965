import { describe, expect, it } from 'vitest';
import { compareQuery, formatQuery, noQuery, parseQuery } from '../../../lib/validation/api';

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
});
