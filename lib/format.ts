/** Formatting at the render edge, with an explicit locale so server and client agree. */

const gbp = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const gbpCompact = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
const count = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** 2017 -> "2017-18". */
export function formatFinancialYear(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** "2017-18", "2017–18", "2017/18" or "2017/2018" -> 2017; null when it is not one year. */
export function parseFinancialYear(label: string): number | null {
  const m = /^((?:19|20)\d{2})\s?[-–—/]\s?(\d{2}|\d{4})$/.exec(label.trim());
  if (!m?.[1] || !m[2]) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  const ok = m[2].length === 4 ? end === start + 1 : end === (start + 1) % 100;
  return ok ? start : null;
}

/** Like parseFinancialYear, for labels already validated: throws on anything else. */
export function financialYearStart(label: string): number {
  const year = parseFinancialYear(label);
  if (year === null) throw new Error(`not a financial year: ${label}`);
  return year;
}

/** The financial year (April to March) a date falls in: 2018-05-01 -> 2018, 2019-03-31 -> 2018. */
export function financialYearOf(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function formatMoney(pounds: number, options: { compact?: boolean } = {}): string {
  return (options.compact ? gbpCompact : gbp)
    .format(pounds)
    .replace(/([\d.])M$/, '$1m')
    .replace(/([\d.])B$/, '$1bn')
    .replace(/([\d.])K$/, '$1k');
}

export function formatCount(n: number): string {
  return count.format(n);
}

/** A signed share: 0.125 -> "+12.5%". */
export function formatChange(ratio: number): string {
  return percent.format(ratio);
}

export type BoundLabel = 'exact' | 'more_than' | 'less_than' | 'about';

const boundWords: Record<BoundLabel, string> = {
  exact: '',
  more_than: 'more than ',
  less_than: 'less than ',
  about: 'about ',
};

/** A figure with its bound: "more than £78m" is never shown as a bare £78m. */
export function formatBounded(text: string, bound: BoundLabel): string {
  return `${boundWords[bound]}${text}`;
}
