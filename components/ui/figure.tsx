import type { Bound } from '@/lib/extract/schema';
import { formatBounded, formatCount, formatFinancialYear, formatMoney } from '@/lib/format';
import type { YearFigure } from '@/lib/queries/summarise';

/** Money with its bound ("more than £78,000,000"), the source sentence as its tooltip. */
export function Money({ figure }: { figure: Pick<YearFigure, 'value' | 'bound' | 'source'> }) {
  return <span title={figure.source.quote}>{formatBounded(formatMoney(figure.value), figure.bound as Bound)}</span>;
}

export function Count({ figure, unit }: { figure: Pick<YearFigure, 'value' | 'bound' | 'source'>; unit: string }) {
  return (
    <span title={figure.source.quote}>
      {formatBounded(formatCount(figure.value), figure.bound)} {unit}
    </span>
  );
}

export function Year({ year }: { year: number }) {
  return <>{formatFinancialYear(year)}</>;
}
