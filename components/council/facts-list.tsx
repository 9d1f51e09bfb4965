import { SourceCitation } from '@/components/sources/citation';
import { UncheckedMarker } from '@/components/ui/review-marker';
import type { FactRow } from '@/lib/domain/figure';
import { sourceOf } from '@/lib/domain/series';
import { formatFact, formatMoney } from '@/lib/format';

/** Every figure with the sentence it came from, whether it is checked yet, and its citation. */
export function FactsList({ facts }: { facts: FactRow[] }) {
  if (facts.length === 0) return <p className="empty">No figures.</p>;
  return (
    <ol className="facts-list">
      {facts.map((f) => (
        <li key={f.id} id={`fact-${f.id}`}>
          <strong>
            {formatFact(f)}
            {f.threshold !== null && ` spent more than ${formatMoney(f.threshold)}`}
          </strong>
          <UncheckedMarker status={f.status} />
          <blockquote>“{f.quote}”</blockquote>
          <p className="muted">
            <SourceCitation source={sourceOf(f)} year={f.financialYear} />
          </p>
        </li>
      ))}
    </ol>
  );
}
