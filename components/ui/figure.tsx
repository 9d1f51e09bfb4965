import Link from 'next/link';
import type { Bound } from '@/lib/extract/schema';
import { formatBounded, formatCount, formatFinancialYear, formatMoney } from '@/lib/format';
import type { Ratio } from '@/lib/queries/derive';
import type { Source, YearFigure } from '@/lib/queries/summarise';

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumSignificantDigits: 2 });

/** Where a fact's highlight is on its source page. */
export const sourceHref = (s: Pick<Source, 'articleSlug' | 'factId'>) => `/sources/${s.articleSlug}#fact-${s.factId}`;

/** Money with its bound ("more than £78,000,000"): never a bare figure for a bounded one. */
export function Money({ figure }: { figure: Pick<YearFigure, 'value' | 'bound'> }) {
  return <>{formatBounded(formatMoney(figure.value), figure.bound)}</>;
}

export function Count({ figure, unit }: { figure: Pick<YearFigure, 'value' | 'bound'>; unit: string }) {
  return (
    <>
      {formatBounded(formatCount(figure.value), figure.bound)} {unit}
    </>
  );
}

export function Share({ ratio }: { ratio: Ratio }) {
  return <>{formatBounded(percent.format(ratio.value), ratio.bound as Bound)}</>;
}

export function Year({ year }: { year: number }) {
  return <>{formatFinancialYear(year)}</>;
}

/** A small link to the sentence a figure came from. */
export function SourceLink({ source, label = 'source' }: { source: Source; label?: string }) {
  return (
    <Link href={sourceHref(source)} className="muted" title={source.quote}>
      {label}
    </Link>
  );
}
