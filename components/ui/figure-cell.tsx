import { SourceCitation } from '@/components/sources/citation';
import type { SourceRef, YearFigure } from '@/lib/domain/figure';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import { unitLabel, type CountMetric } from '@/lib/domain/metrics';
import { Count, FigureMarker, LinkedFigure, Money, Pence } from './figure';

interface FigureCellProps {
  figure: YearFigure<SourceRef & { quote?: string }> | null | undefined;
  /** What the cell says when there is no figure. */
  missing: string;
  /** A count's metric, which names its unit; `pence` for money per resident; pounds when absent. */
  unit?: CountMetric | 'pence';
  /**
   * `figure`: the value is the link to its sentence (dense tables, lean at 350 rows); `source`: the
   * figure's citation follows it.
   */
  link?: 'figure' | 'source';
  /** The figure's financial year under it, for tables whose rows are not years. */
  showYear?: boolean;
}

/**
 * A table cell's figure: its value with its bound (or the sources' disagreement, each value cited),
 * whether it is still unchecked, and where it was read.
 */
export function FigureCell({ figure, missing, unit, link = 'source', showYear = false }: FigureCellProps) {
  if (!figure) return <span className="muted">{missing}</span>;
  // Where sources differ, each value carries its own marker and citation already.
  const single = figure.conflicts.length === 0;
  const value =
    unit === 'pence' ? (
      <Pence figure={figure} marker={false} />
    ) : unit ? (
      <Count figure={figure} unit={unitLabel(unit)} marker={false} />
    ) : (
      <Money figure={figure} marker={false} />
    );
  return (
    <>
      {link === 'figure' ? <LinkedFigure figure={figure}>{value}</LinkedFigure> : value}
      <FigureMarker figure={figure} />
      {link === 'source' && single && (
        <div className="muted">
          <SourceCitation source={figure.source} year={figure.year} />
        </div>
      )}
      {showYear && <div className="muted">{formatFinancialYear(figure.year)}</div>}
    </>
  );
}
