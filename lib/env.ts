import path from 'node:path';
import { z } from 'zod';

/** Checks `values` with `schema`; throws one readable message naming every bad variable. */
function parseEnv<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.infer<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join('\n')}`);
}

/** The embedded default store, relative to the project root. */
const DEFAULT_DATABASE_URL = 'file:./prisma/dev.db';

const databaseUrlSchema = z
  .string()
  .trim()
  .regex(
    /^(file:.+|postgres(ql)?:\/\/.+)/,
    'DATABASE_URL must be a SQLite URL such as file:./prisma/dev.db or a PostgreSQL URL such as postgresql://user:password@host:5432/db',
  );

const envSchema = z.object({
  DATABASE_URL: databaseUrlSchema.default(DEFAULT_DATABASE_URL),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Connections each process may hold open to PostgreSQL (ignored for SQLite). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof envSchema>;

/** Reads and checks the environment; throws one readable message naming every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return parseEnv(envSchema, {
    DATABASE_URL: source.DATABASE_URL || undefined,
    PORT: source.PORT || undefined,
    DATABASE_POOL_MAX: source.DATABASE_POOL_MAX || undefined,
  });
}

/**
 * DATABASE_URL, with a relative SQLite file path made absolute against the working directory
 * (the project root for every npm script), so the CLI, the seed, the tests and the
 * Next.js server all open the same file whatever module asks. A PostgreSQL URL is kept as given.
 */
export function databaseUrl(source: Record<string, string | undefined> = process.env): string {
  const url = readEnv(source).DATABASE_URL;
  if (!url.startsWith('file:')) return url;
  const file = url.slice('file:'.length);
  if (file === ':memory:' || path.isAbsolute(file)) return url;
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}

const publishUncheckedSchema = z.enum(['true', 'false']).default('true');

/**
 * PUBLISH_UNCHECKED: whether public pages and the API show figures no editor has checked yet,
 * marked "machine-read, not yet checked" (true, the default), or only confirmed and corrected
 * ones (false). Read by lib/queries/rows.ts, the one place that decides which facts are shown;
 * anything but true or false stops the server with a message saying so.
 */
export function publishUnchecked(source: Record<string, string | undefined> = process.env): boolean {
  const raw = source.PUBLISH_UNCHECKED?.trim();
  const result = publishUncheckedSchema.safeParse(raw || undefined);
  if (!result.success) {
    throw new Error(`Invalid environment:\n  PUBLISH_UNCHECKED: must be true or false, not ${JSON.stringify(raw)}`);
  }
  return result.data === 'true';
}

const authEnvSchema = z.object({
  BETTER_AUTH_SECRET: z
    .string({ error: 'is not set: npm start generates one into .env.local, or use `openssl rand -base64 32`' })
    .min(32, 'must be at least 32 characters (`openssl rand -base64 32` makes one)'),
  BETTER_AUTH_URL: z
    .url({
      protocol: /^https?$/,
      abort: true,
      error: 'must be the address the app is served at, such as http://localhost:3000',
    })
    .refine((url) => new URL(url).pathname === '/', 'must be an origin only, with no path (http://localhost:3000)'),
  TRUSTED_IP_HEADER: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+$/, 'must be an HTTP header name, such as x-forwarded-for')
    .default('x-forwarded-for'),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

/**
 * What sign-in needs, checked apart from readEnv so that the CLI tools that never sign anyone in
 * do not need it. BETTER_AUTH_SECRET signs session cookies; BETTER_AUTH_URL is the app's own
 * origin (cookies, and the origin every mutation must come from); TRUSTED_IP_HEADER names the
 * header the sign-in rate limit reads the client's address from (lib/auth/config.ts).
 */
export function readAuthEnv(source: Record<string, string | undefined> = process.env): AuthEnv {
  return parseEnv(authEnvSchema, {
    BETTER_AUTH_SECRET: source.BETTER_AUTH_SECRET || undefined,
    BETTER_AUTH_URL: source.BETTER_AUTH_URL?.trim() || undefined,
    TRUSTED_IP_HEADER: source.TRUSTED_IP_HEADER || undefined,
  });
}

const cacheEnvSchema = z.object({
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\/.+/, 'must be a Redis URL such as redis://127.0.0.1:6379')
    .optional(),
  REVALIDATE_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (`openssl rand -base64 32` makes one)')
    .optional(),
});

export type CacheEnv = z.infer<typeof cacheEnvSchema>;

/**
 * Sharing one cache between several app servers (docs/decisions/016): REDIS_URL, when set, holds
 * the pages every server renders and carries "the data changed" between them; REVALIDATE_SECRET,
 * when set, opens POST /api/revalidate to whoever knows it (the ingest command line).
 */
export function readCacheEnv(source: Record<string, string | undefined> = process.env): CacheEnv {
  return parseEnv(cacheEnvSchema, {
    REDIS_URL: source.REDIS_URL?.trim() || undefined,
    REVALIDATE_SECRET: source.REVALIDATE_SECRET || undefined,
  });
}

const revalidateTargetsSchema = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.url({ protocol: /^https?$/, error: 'must be the address of an app server, such as http://10.0.0.2:3000' }),
    ),
  );

/**
 * Where the ingest command line asks for a refresh after it writes (REVALIDATE_URLS: app servers'
 * addresses, comma-separated, with REVALIDATE_SECRET): none when unset, and the pages then show the
 * change within their 5 s window.
 */
export function readRevalidateTargets(source: Record<string, string | undefined> = process.env) {
  const urls = revalidateTargetsSchema.safeParse(source.REVALIDATE_URLS ?? '');
  const secret = cacheEnvSchema.shape.REVALIDATE_SECRET.safeParse(source.REVALIDATE_SECRET || undefined);
  const problems = [
    ...(urls.success ? [] : urls.error.issues.map((i) => `  REVALIDATE_URLS: ${i.message}`)),
    ...(secret.success ? [] : secret.error.issues.map((i) => `  REVALIDATE_SECRET: ${i.message}`)),
  ];
  if (urls.success && urls.data.length && secret.success && !secret.data) {
    problems.push('  REVALIDATE_SECRET: is not set, and REVALIDATE_URLS needs it');
  }
  if (problems.length) throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  return { urls: urls.success ? urls.data : [], secret: secret.success ? (secret.data ?? '') : '' };
}
