import { stringify } from 'csv-stringify/sync';
import { NextResponse } from 'next/server';
import { CACHE_HEADERS } from './respond';

export type Cell = string | number | null;

/** RFC 4180: fields quoted where they must be, CRLF line ends, a header row; an empty field for null. */
export function toCsv(header: string[], rows: Cell[][]): string {
  // csv-stringify quotes a field holding the record delimiter (CRLF); RFC 4180 wants a lone CR or LF quoted too.
  return stringify([header, ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
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
