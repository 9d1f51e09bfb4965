import { handle } from '@/lib/api/handler';
import { apiError, apiJson } from '@/lib/api/respond';
import { abolishedIn } from '@/lib/councils/abolished';
import { searchCouncils } from '@/lib/councils/search';
import { councilsWithFigures } from '@/lib/queries/with-figures';
import { parseQuery, searchQuery } from '@/lib/validation/api';

/** The search box suggests at most this many councils. */
const SUGGESTIONS = 8;

/**
 * GET /api/search?q=: councils whose names match, best first (lib/councils/search.ts), for the
 * search box's suggestions. Not under /api/councils, where it would be taken for a council's slug.
 */
export const GET = handle(async (request) => {
  const query = parseQuery(request.nextUrl, searchQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  const { matches, total } = searchCouncils(query.data.q, SUGGESTIONS);
  const withFigures = await councilsWithFigures();
  return apiJson({
    total,
    councils: matches.map(({ council: c, rank }) => {
      const figures = withFigures.has(c.slug);
      return {
        slug: c.slug,
        name: c.name,
        officialName: c.officialName,
        region: c.region,
        abolished: abolishedIn(c),
        match: rank,
        page: figures ? `/councils/${c.slug}` : null,
        url: figures ? `/api/councils/${c.slug}` : null,
      };
    }),
  });
});
