import type { ReactNode } from 'react';
import type { ReviewFact } from '@/lib/review/view';

/**
 * The article with every figure's span marked and numbered as in the list below it. Selecting text
 * here (with JavaScript) fills the "add a figure" fields (span-picker.tsx).
 */
export function ArticleText({ text, facts }: { text: string; facts: ReviewFact[] }) {
  const ordered = facts.map((f, i) => ({ f, n: i + 1 })).sort((a, b) => a.f.start - b.f.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { f, n } of ordered) {
    if (f.start < at) continue; // a span with several facts is marked once
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={f.ref} className={`fact status-${f.status}`}>
        <a href={`#review-${f.ref}`} title={`Figure ${n}`}>
          {text.slice(f.start, f.end)}
        </a>
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return (
    <div className="source-text" id="article-text" data-article-text>
      {parts}
    </div>
  );
}
