import path from 'node:path';
import { z } from 'zod';

/** The embedded default store, relative to the project root. */
const DEFAULT_DATABASE_URL = 'file:./prisma/dev.db';

const databaseUrlSchema = z
  .string()
  .trim()
  .regex(/^file:.+/, 'DATABASE_URL must be a SQLite URL such as file:./prisma/dev.db');

const envSchema = z.object({
  DATABASE_URL: databaseUrlSchema.default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type Env = z.infer<typeof envSchema>;

/** Reads and checks the environment; throws one readable message naming every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    PORT: source.PORT || undefined,
  });
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

/**
 * DATABASE_URL with a relative file path made absolute against the working directory
 * (the project root for every npm script), so the CLI, the seed, the tests and the
 * Next.js server all open the same file whatever module asks.
 */
export function databaseUrl(source: Record<string, string | undefined> = process.env): string {
  const url = readEnv(source).DATABASE_URL;
  const file = url.slice('file:'.length);
  if (file === ':memory:' || path.isAbsolute(file)) return url;
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}
