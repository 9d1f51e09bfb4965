import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';
import { databaseUrl } from './lib/env';

// Prisma 6.19 with the JavaScript schema engine: migrate deploy, db push and migrate diff
// run on WebAssembly through the better-sqlite3 adapter, so nothing is downloaded.
// Why not Prisma 7, and why no `migrate dev`: README.md, "Decisions".
const url = databaseUrl();
process.env.DATABASE_URL = url;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
