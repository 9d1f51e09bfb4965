/** Formatting at the render edge, with an explicit locale so server and client agree. */
import type { Basis, Bound } from './domain/figure';
import { formatFinancialYear } from './domain/financial-year';
import { isMoney, metricLabel, type Metric } from './domain/metrics';

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
const change = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const shareIn = (roundingMode: 'halfExpand' | 'ceil' | 'floor') =>
  new Intl.NumberFormat('en-GB', { style: 'percent', maximumSignificantDigits: 2, roundingMode });
const share = { nearest: shareIn('halfExpand'), up: shareIn('ceil'), down: shareIn('floor') };

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

/** A difference with its sign, in a given format: -1500 -> "−£1,500"; 0 -> "£0". */
export function formatSigned(n: number, format: (magnitude: number) => string): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${format(Math.abs(n))}`;
}

/** A signed change: 0.125 -> "+12.5%". */
export function formatChange(ratio: number): string {
  return change.format(ratio);
}

/**
 * A share of a whole, to two significant figures: 0.001064 -> "0.11%". A bounded share is rounded
 * the way that keeps its bound true: "less than" 0.002649 is "less than 0.27%", never 0.26%.
 */
export function formatShare(ratio: number, bound: Bound = 'exact'): string {
  const rounding = bound === 'less_than' ? share.up : bound === 'more_than' ? share.down : share.nearest;
  return rounding.format(ratio);
}

const boundWords: Record<Bound, string> = {
  exact: '',
  more_than: 'more than ',
  less_than: 'less than ',
  about: 'about ',
};

/** A figure with its bound: "more than £78m" is never shown as a bare £78m. */
export function formatBounded(text: string, bound: Bound): string {
  return `${boundWords[bound]}${text}`;
}

type BoundedValue = { value: number; bound: Bound };

/** Pounds with their bound: "more than £78,000,000". */
export const formatBoundedMoney = (f: BoundedValue) => formatBounded(formatMoney(f.value), f.bound);

/** Pence with their bound: "more than £1.37", "67 pence". */
export const formatBoundedPence = (f: BoundedValue) => formatBounded(formatPence(f.value), f.bound);

/** A share with its bound, rounded the way that keeps the bound true: "less than 0.26%". */
export const formatBoundedShare = (r: BoundedValue) => formatBounded(formatShare(r.value, r.bound), r.bound);

/** A value in its metric's own unit: pounds for money, a plain count otherwise. */
export function formatValue(metric: Metric, value: number): string {
  return isMoney(metric) ? formatMoney(value) : formatCount(value);
}

interface Stated {
  metric: Metric;
  basis: Basis | null;
  financialYear: number;
  value: number;
  bound: Bound;
}

/** "Actual spend, Welwyn Hatfield, 2017-18: £83,000": one fact in a line, for lists and the CLI. */
export function formatFact(f: Stated, who?: string): string {
  const value = formatBounded(formatValue(f.metric, f.value), f.bound);
  return `${metricLabel(f.metric, f.basis)}${who ? `, ${who}` : ''}, ${formatFinancialYear(f.financialYear)}: ${value}`;
}

const pounds = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Pence as GOV.UK writes money: "67 pence" (pence in full), "1 penny", "£1.20", "£3" (no ".00").
 */
export function formatPence(pence: number): string {
  if (pence < 100) return pence === 1 ? '1 penny' : `${pence} pence`;
  const whole = Math.floor(pence / 100);
  const rest = pence % 100;
  return `£${pounds.format(whole)}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}

/** Tenths of a count as one decimal place: 19 -> "1.9". */
export function formatTenths(tenths: number): string {
  return (tenths / 10).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
