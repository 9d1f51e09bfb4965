import { z } from 'zod';

/** mySociety local-authority types the product covers (English principal councils). */
export const councilTypes = ['NMD', 'UA', 'MD', 'LBO', 'CTY', 'CC'] as const;

export const councilRecordSchema = z.object({
  gssCode: z.string().regex(/^E\d{8}$/),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  officialName: z.string().min(1),
  type: z.enum(councilTypes),
  region: z.string(),
  /** Other spellings from the list (mixed case as published). */
  altNames: z.array(z.string()),
  /** ISO dates; null when open-ended. */
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  /**
   * Residents in mid-2020 (ONS estimate, in mySociety's list as pop-2020); null for councils
   * abolished before then, which the list gives none.
   */
  population: z.number().int().positive().nullable(),
});

export type CouncilRecord = z.infer<typeof councilRecordSchema>;
