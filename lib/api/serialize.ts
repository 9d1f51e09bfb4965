import { formatFinancialYear } from '../format';
import type { SourcedValue, YearFigure } from '../queries/summarise';

/** A source as the API gives it: the article, the sentence, the offsets and the page that shows it. */
function sourceJson(v: SourcedValue) {
  const s = v.source;
  return {
    article: s.articleSlug,
    file: s.articleFile,
    quote: s.quote,
    start: s.start,
    end: s.end,
    url: `/sources/${s.articleSlug}#fact-${s.factId}`,
  };
}

/** A figure as the API gives it: years as "2017-18", whole pounds, its bound and its sources. */
export function figureJson(f: YearFigure | null | undefined) {
  if (!f) return null;
  return {
    financialYear: formatFinancialYear(f.year),
    value: f.value,
    bound: f.bound,
    source: sourceJson(f),
    conflicts: f.conflicts.map((c) => ({ value: c.value, bound: c.bound, source: sourceJson(c) })),
  };
}

export const figuresJson = (list: YearFigure[]) => list.map(figureJson);
