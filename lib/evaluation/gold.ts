import { z } from 'zod';

/**
 * Labelled facts in the development set's format (../shared/articles-dev/gold.json, its
 * `about` field): a label may list accepted alternatives; null council means England, null
 * year means any year (camera counts are matched without one).
 */
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

const labelSchema = z.object({
  metric: oneOrMany(z.string().min(1)),
  council: oneOrMany(z.string().min(1)).nullable(),
  year: oneOrMany(z.string().regex(/^\d{4}-\d{2}$/)).nullable(),
  value: z.number().nonnegative(),
});
export type Label = z.infer<typeof labelSchema>;

export const labelledArticleSchema = z.object({
  file: z.string().min(1),
  published: z.iso.date().nullable(),
  facts: z.array(labelSchema),
  optional: z.array(labelSchema).default([]),
});
export type LabelledArticle = z.infer<typeof labelledArticleSchema>;

export const goldFileSchema = z.object({ articles: z.array(labelledArticleSchema) });
