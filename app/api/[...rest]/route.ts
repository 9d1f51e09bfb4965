import { apiError } from '@/lib/api/respond';

/** Any other /api address: a JSON 404, not the HTML page. */
export function GET() {
  return apiError(
    404,
    'not_found',
    'no such API endpoint; /api/openapi.json describes them all: /api/councils, /api/councils/[slug], /api/compare, ' +
      '/api/england, /api/search, /api/sources/[slug], /api/facts, /api/facts.csv',
  );
}
