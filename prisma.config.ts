import { defineConfig } from 'prisma/config';
import { sqliteAdapter } from './lib/db/sqlite';
import { databaseUrl } from './lib/env';

// Prisma 6.19 with the JavaScript schema engine: migrate deploy, db push and migrate diff run on
// WebAssembly through the store's driver adapter, so nothing is downloaded. Why not Prisma 7, and
// why no `migrate dev`: docs/decisions/001-prisma-6-19-js-engine.md and 002-no-migrate-dev.md.
const url = databaseUrl();
process.env.DATABASE_URL = url;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => sqliteAdapter(url),
});
