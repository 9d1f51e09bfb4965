import { z } from 'zod';
import { publishedDate } from './cli';

/**
 * An article's metadata as it enters from outside (the ingest CLI's flags, a seed's sidecar file,
 * the editor's form): one schema, so each door refuses the same things with the same words.
 */
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} may be at most ${max} characters`)
    .transform((s) => s || null)
    .nullish()
    .transform((s) => s ?? null);

export const articleMetaSchema = z.object({
  publisher: z
    .string({ error: 'give the publisher, such as "Welwyn Hatfield Times"' })
    .trim()
    .min(1, 'give the publisher, such as "Welwyn Hatfield Times"')
    .max(200, 'the publisher may be at most 200 characters'),
  title: optionalText(300, 'the title'),
  url: z
    .string()
    .trim()
    .transform((s) => s || null)
    .nullish()
    .transform((s) => s ?? null)
    .pipe(
      z
        .url({
          protocol: /^https?$/,
          hostname: z.regexes.domain,
          error: 'the URL must be a web address starting http:// or https://',
        })
        .max(2000, 'the URL may be at most 2,000 characters')
        .nullable(),
    ),
  published: z
    .string()
    .trim()
    .transform((s) => s || null)
    .nullish()
    .transform((s) => s ?? null)
    .pipe(publishedDate.nullable()),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
