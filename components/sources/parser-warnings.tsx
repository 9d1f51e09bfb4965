import type { StoredWarning } from '@/lib/validation/stored-json';

/** What the parser saw in the article but did not take as a fact, and why. */
export function ParserWarnings({ text, warnings }: { text: string; warnings: StoredWarning[] }) {
  if (warnings.length === 0) return <p className="muted">The parser raised no warnings for this article.</p>;
  return (
    <ul>
      {warnings.map((w) => (
        <li key={`${w.start}-${w.code}`}>
          <strong>{text.slice(w.start, w.end)}</strong>: {w.message} <span className="muted">({w.code})</span>
        </li>
      ))}
    </ul>
  );
}
