import type { StoredWarning as Warning } from '@/lib/validation/stored-json';

/** What the parser saw but would not read as a figure, with its reason: candidates to add by hand. */
export function WarningsList({ warnings, text }: { warnings: Warning[]; text: string }) {
  if (!warnings.length) return <p>The parser left no warnings.</p>;
  return (
    <ul className="warnings">
      {warnings.map((w, i) => (
        <li key={i}>
          “{text.slice(w.start, w.end)}”: {w.message}
          {w.rule && <> (rule {w.rule})</>}
        </li>
      ))}
    </ul>
  );
}
