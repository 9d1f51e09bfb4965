import type { NextRequest } from 'next/server';
import { slugSchema } from '@/lib/validation/params';

/**
 * GET /councils/find?council=SLUG, the "Find a council" form: 303 to that council's page (which
 * answers 404 for a slug with no figures), or to the A to Z list when no council was chosen. A
 * malformed value never gets here: proxy.ts answers it 400 with the form. The Location is a path:
 * Next's idea of the origin (localhost) need not be the one the reader used, and the pages' CSP
 * (form-action 'self') blocks a redirect to another origin.
 */
export function GET(request: NextRequest) {
  // Of a repeated value the last counts, as in the proxy's matcher (lib/validation/address.ts).
  const slug = slugSchema.safeParse(request.nextUrl.searchParams.getAll('council').at(-1)?.trim() ?? '');
  const location = slug.success ? `/councils/${slug.data}` : '/councils';
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}
