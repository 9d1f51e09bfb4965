import { handle } from '@/lib/api/handler';
import { apiError, apiJson } from '@/lib/api/respond';
import { figureJson, figuresJson } from '@/lib/api/serialize';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import { snapshot } from '@/lib/api/snapshot';
import { getEngland } from '@/lib/queries/england';
import { noQuery, parseQuery } from '@/lib/validation/api';

/** GET /api/england: totals by year, the count facts, the known councils' shares. */
export const GET = handle(async (request) => {
  const query = parseQuery(request.nextUrl, noQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  return snapshot('england', async () => {
    const { totals, counts, shares } = await getEngland();
    return apiJson({
      totals: figuresJson(totals),
      counts: counts.map((c) => ({
        metric: c.metric,
        council: c.council,
        threshold: c.threshold,
        ...figureJson(c.figure),
      })),
      shares: shares.map((s) => ({
        financialYear: formatFinancialYear(s.year),
        councils: s.councils.map((c) => ({ council: c.council, spend: figureJson(c.spend), share: c.share })),
        combined: s.combined,
      })),
    });
  });
});
