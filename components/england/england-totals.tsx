import { SourceCitation } from '@/components/sources/citation';
import { Money, Year } from '@/components/ui/figure';
import { MoneyPerResident } from '@/components/ui/per-resident';
import { ENGLAND_POPULATION, POPULATION_YEAR } from '@/lib/councils/population';
import { formatCount } from '@/lib/format';
import type { YearFigure } from '@/lib/domain/figure';

/** England's total spend for each year a source gives one, with its sentence and citation. */
export function EnglandTotals({ totals }: { totals: YearFigure[] }) {
  if (totals.length === 0) return <p className="empty">No England-wide total in the sources yet.</p>;
  return (
    <>
      <p className="muted">
        Per resident divides by England’s {formatCount(ENGLAND_POPULATION)} residents in mid-{POPULATION_YEAR} (ONS
        estimate), whatever the year of the total.
      </p>
      <ul className="facts-list">
        {totals.map((t) => (
          <li key={t.year} id={`fact-${t.source.factId}`}>
            <strong>
              <Year year={t.year} />: <Money figure={t} />
            </strong>{' '}
            (<MoneyPerResident figure={t} population={ENGLAND_POPULATION} /> per resident)
            <blockquote>“{t.source.quote}”</blockquote>
            <p className="muted">
              <SourceCitation source={t.source} year={t.year} />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
