import { z } from 'zod';
import { warningSchema } from '../extract/schema';

/**
 * JSON the app wrote to a text column, read back through its schema: it crosses a boundary (a
 * store another version may have written), so it is checked again. Null when absent or unreadable.
 */
export function parseStoredJson<T>(schema: z.ZodType<T>, json: string | null): T | null {
  if (!json) return null;
  try {
    const result = schema.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Warnings stored before the parser named its rules have none; they still show. */
export const storedWarningSchema = warningSchema.partial({ rule: true });
const storedWarnings = z.array(storedWarningSchema);
export type StoredWarning = z.infer<typeof storedWarnings>[number];

/** An article's stored warnings (Article.warnings); none when unreadable. */
export const parseStoredWarnings = (json: string): StoredWarning[] => parseStoredJson(storedWarnings, json) ?? [];
