import type { SourceRef, YearFigure } from '@/lib/domain/figure';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import { unitLabel, type CountMetric } from '@/lib/domain/metrics';
import { Count, LinkedFigure, Money, SourceLink } from './figure';

interface FigureCellProps {
  figure: YearFigure<SourceRef & { quote?: string }> | null | undefined;
  /** What the cell says when there is no figure. */
  missing: string;
  /** A count's metric, which names its unit; money when absent. */
  unit?: CountMetric;
  /** `figure`: the value is the link to its sentence (dense tables); `source`: a "source" link follows it. */
  link?: 'figure' | 'source';
  /** The figure's financial year under it, for tables whose rows are not years. */
  showYear?: boolean;
}

/** A table cell's figure: its value with its bound (or the sources' disagreement), linked to where it was read. */
export function FigureCell({ figure, missing, unit, link = 'source', showYear = false }: FigureCellProps) {
  if (!figure) return <span className="muted">{missing}</span>;
  const value = unit ? <Count figure={figure} unit={unitLabel(unit)} /> : <Money figure={figure} />;
  return (
    <>
      {link === 'figure' ? (
        <LinkedFigure figure={figure}>{value}</LinkedFigure>
      ) : (
        <>
          {value} <SourceLink source={figure.source} />
        </>
      )}
      {showYear && <div className="muted">{formatFinancialYear(figure.year)}</div>}
    </>
  );
}
