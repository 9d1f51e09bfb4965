import { cache } from 'react';
import { slugSchema } from '../validation/params';

/**
 * A page's loader for a URL slug: checked with zod (anything malformed is simply not found),
 * and deduplicated per request so generateMetadata and the page share one read.
 */
export function bySlug<T>(get: (slug: string) => Promise<T | null>) {
  return cache(async (raw: string): Promise<T | null> => {
    const slug = slugSchema.safeParse(raw);
    return slug.success ? get(slug.data) : null;
  });
}
