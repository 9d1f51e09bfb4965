import Link from 'next/link';
import { SourceCitation } from '@/components/sources/citation';
import { CoverageStatement } from '@/components/england/coverage-statement';
import { FigureMarker, Money, Year } from '@/components/ui/figure';
import { MoneyPerResident } from '@/components/ui/per-resident';
import { ENGLAND_POPULATION, POPULATION_YEAR } from '@/lib/councils/population';
import type { Coverage } from '@/lib/domain/coverage';
import type { YearFigure } from '@/lib/domain/figure';

export function EnglandHeadline({ figure, coverage }: { figure: YearFigure | null; coverage: Coverage | null }) {
  if (!figure) {
    return (
      <>
        <p className="headline">No England-wide total in the sources yet.</p>
        {coverage && <CoverageStatement coverage={coverage} />}
      </>
    );
  }
  return (
    <section className="headline" aria-labelledby="england-heading">
      <h2 id="england-heading" className="headline-title">
        Councils in England, <Year year={figure.year} />
      </h2>
      <p className="figure">
        <Money figure={figure} marker={false} /> on CCTV
        <FigureMarker figure={figure} />
      </p>
      <p>
        <MoneyPerResident figure={figure} population={ENGLAND_POPULATION} />
        {` per resident of England (mid-${POPULATION_YEAR} population)`}
      </p>
      {coverage && <CoverageStatement coverage={coverage} />}
      <blockquote>“{figure.source.quote}”</blockquote>
      <p className="muted">
        <SourceCitation source={figure.source} year={figure.year} />
      </p>
      <p className="headline-link">
        <Link href="/england">England by year</Link>
      </p>
    </section>
  );
}
