import { SourceCitation } from '@/components/sources/citation';
import { Money, Year } from '@/components/ui/figure';
import type { YearFigure } from '@/lib/domain/figure';

/** England's total spend for each year a source gives one, with its sentence and citation. */
export function EnglandTotals({ totals }: { totals: YearFigure[] }) {
  if (totals.length === 0) return <p className="empty">No England-wide total in the sources yet.</p>;
  return (
    <ul className="facts-list">
      {totals.map((t) => (
        <li key={t.year} id={`fact-${t.source.factId}`}>
          <strong>
            <Year year={t.year} />: <Money figure={t} />
          </strong>
          <blockquote>“{t.source.quote}”</blockquote>
          <p className="muted">
            <SourceCitation source={t.source} year={t.year} />
          </p>
        </li>
      ))}
    </ul>
  );
}
