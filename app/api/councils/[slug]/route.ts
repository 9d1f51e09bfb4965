import { councilJson } from '@/lib/api/council-json';
import { handle } from '@/lib/api/handler';
import { csvResponse } from '@/lib/api/csv';
import { apiError, apiJson } from '@/lib/api/respond';
import { formatFinancialYear, yearsOf } from '@/lib/domain/financial-year';
import { snapshot } from '@/lib/api/snapshot';
import { getCouncil } from '@/lib/queries/council';
import { formatQuery, parseQuery } from '@/lib/validation/api';
import { slugSchema } from '@/lib/validation/params';

type Context = { params: Promise<{ slug: string }> };

/** GET /api/councils/[slug] (?format=csv for the spend and budget table). */
export const GET = handle(async (request, { params }: Context) => {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success)
    return apiError(
      400,
      'invalid_slug',
      'a council slug is lower-case words joined by hyphens, such as welwyn-hatfield',
    );
  const query = parseQuery(request.nextUrl, formatQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  return snapshot(`council/${slug.data}/${query.data.format}`, async () => {
    const detail = await getCouncil(slug.data);
    if (!detail) return apiError(404, 'not_found', `no council with figures has the slug "${slug.data}"`);
    if (query.data.format === 'json') return apiJson(councilJson(detail));

    const { spend, budget } = detail.series;
    const years = yearsOf(spend, budget);
    return csvResponse(
      `${detail.council.slug}-cctv-spend-and-budget.csv`,
      ['council', 'financial_year', 'actual_spend', 'actual_spend_bound', 'budget', 'budget_bound'],
      years.map((y) => {
        const s = spend.find((f) => f.year === y);
        const b = budget.find((f) => f.year === y);
        return [
          detail.council.name,
          formatFinancialYear(y),
          s?.value ?? null,
          s?.bound ?? null,
          b?.value ?? null,
          b?.bound ?? null,
        ];
      }),
    );
  });
});
