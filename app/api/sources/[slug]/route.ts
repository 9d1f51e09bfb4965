import { handle } from '@/lib/api/handler';
import { apiError, apiJson } from '@/lib/api/respond';
import { snapshot } from '@/lib/api/snapshot';
import { sourceArticleJson } from '@/lib/api/source-json';
import { getSource } from '@/lib/queries/sources';
import { noQuery, parseQuery } from '@/lib/validation/api';
import { slugSchema } from '@/lib/validation/params';

type Context = { params: Promise<{ slug: string }> };

/** GET /api/sources/[slug]: the article with its citation, every fact shown from it, and the parser's warnings. */
export const GET = handle(async (request, { params }: Context) => {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) return apiError(400, 'invalid_slug', 'a source slug is lower-case words joined by hyphens');
  const query = parseQuery(request.nextUrl, noQuery);
  if (!query.ok) return apiError(400, query.code, query.message);
  return snapshot(`source/${slug.data}`, async () => {
    const a = await getSource(slug.data);
    if (!a) return apiError(404, 'not_found', `no article has the slug "${slug.data}"`);
    return apiJson(sourceArticleJson(a));
  });
});
