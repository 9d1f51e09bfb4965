import { defineConfig } from 'prisma/config';
import { postgresMigrationAdapter } from './lib/db/postgresql';
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA } from './lib/db/schemas';
import { sqliteAdapter } from './lib/db/sqlite';
import { dialectOf } from './lib/db/url';
import { databaseUrl } from './lib/env';

// Prisma 6.19 with the JavaScript schema engine: migrate deploy, db push and migrate diff run on
// WebAssembly through the store's driver adapter, so nothing is downloaded. Why not Prisma 7, and
// why no `migrate dev`: docs/decisions/001-prisma-6-19-js-engine.md and 002-no-migrate-dev.md.
// DATABASE_URL's scheme picks the schema, its migrations folder and the adapter (decision 016).
const url = databaseUrl();
process.env.DATABASE_URL = url;
const postgres = dialectOf(url) === 'postgresql';

export default defineConfig({
  schema: postgres ? POSTGRES_SCHEMA : SQLITE_SCHEMA,
  migrations: { path: postgres ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS, seed: 'tsx prisma/seed.ts' },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => (postgres ? postgresMigrationAdapter(url) : sqliteAdapter(url)),
});
