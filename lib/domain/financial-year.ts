/**
 * Financial years run April to March. A year is held as its starting calendar year (2017 for
 * 2017-18) everywhere inside the app, and written "2017-18" in JSON, URLs and on the page.
 */

/** The financial years a figure may be for: a year the parser resolves outside them is a warning. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** 2017 -> "2017-18". */
export function formatFinancialYear(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The starting year of a financial year written as two parts, "2017" and "18" (or "2018"); null
 * when the second is not the year after the first. The parser and parseFinancialYear share it.
 */
export function financialYearFromParts(first: string, second: string): number | null {
  const start = Number(first);
  const end = Number(second);
  const ok = second.length === 4 ? end === start + 1 : end === (start + 1) % 100;
  return ok ? start : null;
}

/** "2017-18", "2017–18", "2017/18" or "2017/2018" -> 2017; null when it is not one financial year. */
export function parseFinancialYear(label: string): number | null {
  const m = /^((?:19|20)\d{2})\s?[-–—/]\s?(\d{2}|\d{4})$/.exec(label.trim());
  return m?.[1] && m[2] ? financialYearFromParts(m[1], m[2]) : null;
}

/** The financial year a day falls in: 2018-05-01 -> 2018, 2019-03-31 -> 2018. */
export function financialYearOf(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** Every year any of the lists has a figure for, oldest first. */
export function yearsOf(...lists: ReadonlyArray<ReadonlyArray<{ year: number }>>): number[] {
  return [...new Set(lists.flatMap((list) => list.map((f) => f.year)))].sort((a, b) => a - b);
}
