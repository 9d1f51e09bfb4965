import { formatFinancialYear } from '../domain/financial-year';
import { sourceHref, type Citation, type SourceRef, type SourcedValue, type YearFigure } from '../domain/figure';

/** How to cite an article: who published it, its headline and address, and its date, each null when unknown. */
export const citationJson = (c: Citation) => ({
  publisher: c.publisher,
  title: c.title,
  url: c.url,
  published: c.publishedOn,
});

/**
 * A source as the API gives it: the article's slug and citation, the figure's review status
 * (unchecked figures are machine-read, not yet checked), the sentence, the offsets and the page
 * that shows it (`url`; the original article's address is `citation.url`).
 */
export function sourceJson(s: SourceRef & { quote?: string }) {
  return {
    article: s.citation.slug,
    citation: citationJson(s.citation),
    status: s.status,
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
