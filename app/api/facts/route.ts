import { datasetFactJson, nextFactsPage } from '@/lib/api/fact-json';
import { handle } from '@/lib/api/handler';
import { apiError, apiJson } from '@/lib/api/respond';
import { getFactsPage } from '@/lib/queries/facts';
import { factsQuery, parseQuery } from '@/lib/validation/api';

/**
 * GET /api/facts?after=&limit=: every shown fact, a page at a time in id order, each page linking
 * to the next. Not held as a snapshot: any `after` is a page, so a client walking at its own
 * offsets would fill the map with copies of the dataset; a page is one range read on the
 * primary key instead (docs/decisions/017-dataset-download.md). CDNs may still cache it.
 */
export const GET = handle(async (request) => {
  const query = parseQuery(request.nextUrl, factsQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  const { after, limit } = query.data;
  const { facts, more } = await getFactsPage(after, limit);
  const last = facts.at(-1);
  return apiJson({
    facts: facts.map(datasetFactJson),
    next: more && last ? nextFactsPage(last.id, limit) : null,
  });
});
