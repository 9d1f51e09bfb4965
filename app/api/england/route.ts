import { handle } from '@/lib/api/handler';
import { apiError, apiJson } from '@/lib/api/respond';
import { figureJson, figuresJson } from '@/lib/api/serialize';
import { formatFinancialYear } from '@/lib/format';
import { cachedEngland } from '@/lib/queries/cached';
import { noQuery, parseQuery } from '@/lib/validation/api';

/** GET /api/england: totals by year, the count facts, the known councils' shares. */
export const GET = handle(async (request) => {
  const query = parseQuery(request.nextUrl, noQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  const { totals, counts, shares } = await cachedEngland();
  return apiJson({
    totals: figuresJson(totals),
    counts: counts.map((c) => ({ metric: c.metric, council: c.council, threshold: c.threshold, ...figureJson(c.figure) })),
    shares: shares.map((s) => ({
      financialYear: formatFinancialYear(s.year),
      councils: s.councils.map((c) => ({ council: c.council, spend: figureJson(c.spend), share: c.share })),
      combined: s.combined,
    })),
  });
});
