import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/prisma/client';
import { databaseUrl } from './env';

export type Db = PrismaClient;

/** A client on the given SQLite URL. Tests and tools that need their own store use this. */
export function createDb(url: string = databaseUrl()): Db {
  // A writer waits up to 5 s for another's lock instead of failing at once with SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5_000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { db?: Db };

/** The one client of this process, kept on globalThis so dev-server reloads reuse it. */
export const db: Db = globalForDb.db ?? createDb();
if (process.env.NODE_ENV !== 'production') globalForDb.db = db;
