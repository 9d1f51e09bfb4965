import type { SourceFact } from '@/lib/queries/sources';
import { describeSourceFact, factPageHref } from './fact-links';

/** Every figure read from the article, each linked to the page that uses it and to its highlight. */
export function SourceFigures({ facts }: { facts: SourceFact[] }) {
  if (facts.length === 0) return <p className="empty">The parser found no figures in this article.</p>;
  return (
    <ol className="source-figures">
      {facts.map((f) => (
        <li key={f.id}>
          <a href={factPageHref(f)}>{describeSourceFact(f)}</a>{' '}
          <a href={`#fact-${f.id}`} className="muted">
            in the text
          </a>
        </li>
      ))}
    </ol>
  );
}
