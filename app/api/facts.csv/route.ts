import { csvResponse } from '@/lib/api/csv';
import { FACTS_CSV_HEADER, factCsvRow } from '@/lib/api/fact-json';
import { handle } from '@/lib/api/handler';
import { apiError } from '@/lib/api/respond';
import { snapshot } from '@/lib/api/snapshot';
import { getAllFacts } from '@/lib/queries/facts';
import { noQuery, parseQuery } from '@/lib/validation/api';

/**
 * GET /api/facts.csv: every shown fact, one row each, in id order. One snapshot, held once for
 * every reader and rebuilt at most every few seconds (docs/decisions/017-dataset-download.md).
 */
export const GET = handle(async (request) => {
  const query = parseQuery(request.nextUrl, noQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  return snapshot('facts.csv', async () =>
    csvResponse('council-cctv-facts.csv', FACTS_CSV_HEADER, (await getAllFacts()).map(factCsvRow)),
  );
});
