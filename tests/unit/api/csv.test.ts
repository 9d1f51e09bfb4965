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

  it('puts an apostrophe before text a spreadsheet would run as a formula, and only there', () => {
    const risky = ['=HYPERLINK("http://evil.example","£5,000")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'];
    const csv = toCsv(
      ['quote'],
      risky.map((q) => [q]),
    );
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""£5,000"")"`);
    expect(lines.slice(2, 6)).toEqual(["'+1", "'-1+2", "'@SUM(A1)", "'\tx"]);
    expect(lines[6]).toBe(`"'\rx"`);
    // Text with those characters elsewhere, and numbers (a negative one too), are left as they are.
    expect(toCsv(['a', 'b', 'c'], [['spend = 67p', -5, 'x=1']])).toBe('a,b,c\r\nspend = 67p,-5,x=1\r\n');
  });
});
