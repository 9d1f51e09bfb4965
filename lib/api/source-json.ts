import { readingOf } from '../domain/figure';
import { formatFinancialYear } from '../domain/financial-year';
import type { SourceArticle } from '../queries/sources';
import { citationJson } from './serialize';

/**
 * One article as /api/sources/[slug] gives it: its citation, every fact shown from it with its
 * review status (rejected readings are not figures and are left out), and the parser's warnings.
 */
export function sourceArticleJson(a: SourceArticle) {
  return {
    article: {
      slug: a.citation.slug,
      ...citationJson(a.citation),
      added: a.addedOn,
      currentFinancialYear: a.currentFinancialYear === null ? null : formatFinancialYear(a.currentFinancialYear),
      text: a.text,
    },
    facts: a.facts.map((f) => ({
      metric: f.metric,
      scope: f.scope,
      council: f.council,
      financialYear: formatFinancialYear(f.financialYear),
      ...readingOf(f),
      status: f.status,
    })),
    warnings: a.warnings,
  };
}
