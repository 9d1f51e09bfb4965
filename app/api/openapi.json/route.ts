import { handle } from '@/lib/api/handler';
import { openApiDocument } from '@/lib/api/openapi';
import { apiError, apiJson } from '@/lib/api/respond';
import { noQuery, parseQuery } from '@/lib/validation/api';

/** GET /api/openapi.json: the OpenAPI 3.1 description of the read API. */
export const GET = handle(async (request) => {
  const query = parseQuery(request.nextUrl, noQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  return apiJson(openApiDocument());
});
