import { sourceHref, type FactRow } from '@/lib/domain/figure';
import { formatFact, formatMoney } from '@/lib/format';

/** Every figure with the sentence it came from and a link to it in its article. */
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
          <blockquote>“{f.quote}”</blockquote>
          <a href={sourceHref({ articleSlug: f.articleSlug, factId: f.id })}>See it in {f.articleFile}</a>
        </li>
      ))}
    </ol>
  );
}
