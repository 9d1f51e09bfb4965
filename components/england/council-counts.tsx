import Link from 'next/link';
import { SourceCitation } from '@/components/sources/citation';
import { Year } from '@/components/ui/figure';
import { UncheckedMarker } from '@/components/ui/review-marker';
import { formatBounded, formatMoney } from '@/lib/format';
import type { CountFact } from '@/lib/queries/england';

/** "176 councils spent more than Welwyn Hatfield in 2017-18", "6 councils spent more than £1,000,000". */
export function CouncilCounts({ counts }: { counts: CountFact[] }) {
  if (counts.length === 0) return <p className="empty">The sources give no counts of councils.</p>;
  return (
    <ul className="facts-list">
      {counts.map(({ metric, figure, council, threshold }) => (
        <li key={figure.source.factId} id={`fact-${figure.source.factId}`}>
          <strong>
            {formatBounded(String(figure.value), figure.bound)} councils spent more{' '}
            {metric === 'councils_spending_more' && council ? (
              <>
                than <Link href={`/councils/${council.slug}`}>{council.name}</Link>
              </>
            ) : (
              `than ${formatMoney(threshold ?? 0)}`
            )}{' '}
            in <Year year={figure.year} />
          </strong>
          <UncheckedMarker status={figure.source.status} />
          <blockquote>“{figure.source.quote}”</blockquote>
          <p className="muted">
            <SourceCitation source={figure.source} year={figure.year} />
          </p>
        </li>
      ))}
    </ul>
  );
}
