import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/api/csv';

describe('CSV', () => {
  it('writes RFC 4180: a header, CRLF line ends, quoting only where a field needs it', () => {
    expect(toCsv(['council', 'note'], [['Welwyn Hatfield', 83000]])).toBe('council,note\r\nWelwyn Hatfield,83000\r\n');
    expect(toCsv(['a', 'b', 'c'], [['x, y', 'say "hi"', 'two\nlines']])).toBe(
      'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n',
    );
  });

  it('leaves a missing value empty', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, 0, '']])).toBe('a,b,c\r\n,0,\r\n');
  });
});
