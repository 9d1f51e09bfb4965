import Link from 'next/link';
import { SourceCitation } from '@/components/sources/citation';
import { FigureMarker, Money, Year } from '@/components/ui/figure';
import type { YearFigure } from '@/lib/domain/figure';

export function EnglandHeadline({ figure }: { figure: YearFigure | null }) {
  if (!figure) {
    return <p className="headline">No England-wide total in the sources yet.</p>;
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
