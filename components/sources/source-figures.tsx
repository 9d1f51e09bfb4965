import type { SourceFact } from '@/lib/queries/sources';
import { describeSourceFact, factPageHref } from './fact-links';
import { FactStatus } from './fact-status';

/**
 * Every figure shown from the article, each linked to the page that uses it and to its highlight,
 * with its review status.
 */
export function SourceFigures({ facts }: { facts: SourceFact[] }) {
  if (facts.length === 0) return <p className="empty">No figures from this article are shown.</p>;
  return (
    <ol className="source-figures">
      {facts.map((f) => (
        <li key={f.id}>
          <a href={factPageHref(f)}>{describeSourceFact(f)}</a>{' '}
          <a href={`#fact-${f.id}`} className="muted">
            in the text
          </a>
          <div className="muted">
            Status: <FactStatus fact={f} />.
          </div>
        </li>
      ))}
    </ol>
  );
}
