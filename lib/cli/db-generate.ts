/**
 * npm run db:generate (and postinstall, and the type check): writes prisma/postgresql/schema.prisma
 * from prisma/schema.prisma (lib/db/schemas.ts), then generates a Prisma client for each.
 *
 * `prisma generate` stays offline only while DATABASE_URL has the scheme of the schema it
 * generates: otherwise the 6.19 CLI falls back to downloading a native engine (and fails here).
 * Nothing connects to either URL.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from '../db/schemas';

const GENERATE_URLS = {
  [SQLITE_SCHEMA]: 'file:./prisma/generate-only.db',
  [POSTGRES_SCHEMA]: 'postgresql://generate-only@localhost:5432/generate-only',
};

mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, 'utf8')));

for (const [schema, url] of Object.entries(GENERATE_URLS)) {
  const result = spawnSync(path.join('node_modules', '.bin', 'prisma'), ['generate', '--schema', schema], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`db:generate: prisma generate --schema ${schema} failed`);
    process.exit(result.status ?? 1);
  }
}
