import { compareRowJson, councilJson } from '@/lib/api/council-json';
import { handle } from '@/lib/api/handler';
import { csvResponse } from '@/lib/api/csv';
import { apiError, apiJson } from '@/lib/api/respond';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import { snapshot } from '@/lib/api/snapshot';
import { getCouncil } from '@/lib/queries/council';
import { compareRows } from '@/lib/domain/compare';
import { compareQuery, parseQuery } from '@/lib/validation/api';

/** GET /api/compare?a=&b= (&format=csv): two councils year by year, with b - a. */
export const GET = handle(async (request) => {
  const query = parseQuery(request.nextUrl, compareQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  const { a, b, format } = query.data;
  if (a === b) return apiError(400, 'same_council', 'a and b must be two different councils');
  return snapshot(`compare/${a}/${b}/${format}`, async () => {
    const [da, db] = await Promise.all([getCouncil(a), getCouncil(b)]);
    const missing = [da ? null : a, db ? null : b].filter(Boolean);
    if (!da || !db)
      return apiError(
        404,
        'not_found',
        `no council with figures has the slug ${missing.map((m) => `"${m}"`).join(' or ')}`,
      );
    const rows = compareRows(da.series, db.series);
    if (format === 'json') {
      return apiJson({ a: councilJson(da), b: councilJson(db), years: rows.map(compareRowJson) });
    }
    return csvResponse(
      `${a}-vs-${b}-cctv.csv`,
      [
        'financial_year',
        `${a}_spend`,
        `${b}_spend`,
        'difference_b_minus_a',
        'difference_percent',
        `${a}_budget`,
        `${b}_budget`,
      ],
      rows.map((r) => [
        formatFinancialYear(r.year),
        r.a.spend?.value ?? null,
        r.b.spend?.value ?? null,
        r.spendDifference?.amount ?? null,
        r.spendDifference?.relative == null ? null : Math.round(r.spendDifference.relative * 1000) / 10,
        r.a.budget?.value ?? null,
        r.b.budget?.value ?? null,
      ]),
    );
  });
});
