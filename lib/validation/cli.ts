import { z } from 'zod';

/** --published YYYY-MM-DD, a real calendar date. */
export const publishedDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD, such as 2019-05-02' });

export const extractArgs = z.object({
  file: z.string({ error: 'name one article file' }).min(1, 'name one article file'),
  json: z.boolean().default(false),
  published: publishedDate.optional(),
});
