import { handle } from '@/lib/api/handler';
import { apiError, apiJson } from '@/lib/api/respond';
import { figureJson } from '@/lib/api/serialize';
import { snapshot } from '@/lib/api/snapshot';
import { getOverview } from '@/lib/queries/overview';
import { noQuery, parseQuery } from '@/lib/validation/api';

/** GET /api/councils: every council with figures and its latest spend, budget and count. */
export const GET = handle(async (request) => {
  const query = parseQuery(request.nextUrl, noQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  return snapshot('councils', async () => {
    const { england, councils } = await getOverview();
    return apiJson({
      england: figureJson(england),
      councils: councils.map((c) => ({
        slug: c.slug,
        name: c.name,
        officialName: c.officialName,
        region: c.region,
        url: `/api/councils/${c.slug}`,
        latestSpend: figureJson(c.latestSpend),
        previousSpend: figureJson(c.previousSpend),
        latestBudget: figureJson(c.latestBudget),
        count: c.cameras && { unit: c.cameras.unit, ...figureJson(c.cameras) },
      })),
    });
  });
});
