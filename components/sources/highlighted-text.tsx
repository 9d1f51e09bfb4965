import type { ReactNode } from 'react';
import { groupBy } from '@/lib/group-by';
import type { SourceFact } from '@/lib/queries/sources';
import { describeSourceFact, factPageHref } from './fact-links';

/**
 * The article text with each figure's own span marked (from the stored offsets) and linked
 * to where the figure is used. Spans that carry several facts ("£107,000 in each of the
 * previous two years") get one mark with an anchor for each fact.
 */
export function HighlightedText({ text, facts }: { text: string; facts: SourceFact[] }) {
  const spans = groupBy(facts, (f) => `${f.start}:${f.end}`);
  const ordered = [...spans.values()].sort((x, y) => (x[0]?.start ?? 0) - (y[0]?.start ?? 0));
  const parts: ReactNode[] = [];
  let at = 0;
  for (const group of ordered) {
    const [first, ...rest] = group;
    if (!first || first.start < at) continue; // overlapping spans cannot both be marked
    parts.push(text.slice(at, first.start));
    parts.push(
      <mark key={first.id} id={`fact-${first.id}`} className="fact">
        {rest.map((f) => (
          <span key={f.id} id={`fact-${f.id}`} />
        ))}
        <a href={factPageHref(first)} title={group.map(describeSourceFact).join('; ')}>
          {text.slice(first.start, first.end)}
        </a>
      </mark>,
    );
    at = first.end;
  }
  parts.push(text.slice(at));
  return <div className="source-text">{parts}</div>;
}
