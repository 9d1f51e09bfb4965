import type { SourceFact } from '@/lib/queries/sources';
import { describeSourceFact } from './fact-links';

/**
 * What the parser read and an editor rejected, with the reason: not figures, so never highlighted,
 * linked or counted anywhere; listed so that a reader sees what was left out and why.
 */
export function RejectedReadings({ text, facts }: { text: string; facts: SourceFact[] }) {
  return (
    <ul className="facts-list">
      {facts.map((f) => (
        <li key={f.id}>
          Read as <strong>{describeSourceFact(f)}</strong> from “{text.slice(f.start, f.end)}”. Rejected by an editor
          {f.reason?.trim() ? `: ${f.reason.trim()}` : '.'}
        </li>
      ))}
    </ul>
  );
}
