import { stringify } from 'csv-stringify/sync';
import { NextResponse } from 'next/server';
import { CACHE_HEADERS } from './respond';

export type Cell = string | number | null;

/**
 * A text cell a spreadsheet would run as a formula (OWASP's "CSV injection": one starting with
 * =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so Excel, LibreOffice and
 * Google Sheets show it as the text it is. Quotes come from articles anyone could write; numbers
 * are numbers here (a negative one is never text), so no figure is touched.
 */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: fields quoted where they must be, CRLF line ends, a header row; an empty field for null. */
export function toCsv(header: string[], rows: Cell[][]): string {
  // csv-stringify quotes a field holding the record delimiter (CRLF); RFC 4180 wants a lone CR or LF quoted too.
  return stringify([header, ...rows], {
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: { string: neutraliseFormula },
  });
}

/** A CSV download, UTF-8, cacheable like every API answer. */
export function csvResponse(filename: string, header: string[], rows: Cell[][]) {
  return new NextResponse(toCsv(header, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      ...CACHE_HEADERS,
    },
  });
}
