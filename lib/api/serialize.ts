import { formatFinancialYear } from '../domain/financial-year';
import { sourceHref, type SourceRef, type SourcedValue, type YearFigure } from '../domain/figure';

/** A source as the API gives it: the article, the sentence, the offsets and the page that shows it. */
function sourceJson(s: SourceRef & { quote?: string }) {
  return {
    article: s.articleSlug,
    file: s.articleFile,
    quote: s.quote ?? null,
    start: s.start,
    end: s.end,
    url: sourceHref(s),
  };
}

const valueJson = (v: SourcedValue<SourceRef>) => ({ value: v.value, bound: v.bound, source: sourceJson(v.source) });

/** A figure as the API gives it: years as "2017-18", whole pounds, its bound and its sources. */
export function figureJson(f: YearFigure<SourceRef> | null | undefined) {
  if (!f) return null;
  return {
    financialYear: formatFinancialYear(f.year),
    ...valueJson(f),
    conflicts: f.conflicts.map(valueJson),
  };
}

export const figuresJson = (list: Array<YearFigure<SourceRef>>) => list.map(figureJson);
