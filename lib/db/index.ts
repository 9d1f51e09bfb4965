import { databaseUrl, readEnv } from '../env';
import { PrismaClient } from '../generated/prisma/client';
import { PrismaClient as PostgresClient } from '../generated/prisma-postgresql/client';
import { markUnavailable } from './errors';
import { isWriteConflict, postgresAdapter } from './postgresql';
import { enableWal, isBusy, removeSqliteStore, sqliteAdapter } from './sqlite';
import { dialectOf, redactUrl, type Dialect } from './url';

/**
 * The store: making a Prisma client for a URL, and the few things callers need that depend on
 * which database it is. `file:` URLs are SQLite (lib/db/sqlite.ts), `postgresql://` ones
 * PostgreSQL (lib/db/postgresql.ts): the scheme decides, here and nowhere else. The server's one
 * client is lib/db/client.ts; importing this module opens nothing.
 */

/**
 * The app's client type is the SQLite client's: the PostgreSQL client has the same models and
 * methods (one model source, prisma/schema.prisma), but Prisma generates distinct types for each
 * provider. Typing both as the SQLite one keeps PostgreSQL-only options out of the app's code.
 */
export type Db = PrismaClient;

const dialects = new WeakMap<object, Dialect>();

export interface DbOptions {
  /**
   * Give every error that means the database cannot be reached the digest the error page
   * recognises (lib/db/errors.ts). The server's client does; tools report such errors themselves.
   */
  markUnavailable?: boolean;
}

/** A client on the given store URL. Tests and tools that need their own store use this. */
export function createDb(url: string = databaseUrl(), options: DbOptions = {}): Db {
  const dialect = dialectOf(url);
  let client =
    dialect === 'postgresql'
      ? (new PostgresClient({ adapter: postgresAdapter(url, { max: readEnv().DATABASE_POOL_MAX }) }) as unknown as Db)
      : new PrismaClient({ adapter: sqliteAdapter(url) });
  if (options.markUnavailable) client = withUnavailableDigest(client);
  dialects.set(client, dialect);
  return client;
}

function withUnavailableDigest(client: Db): Db {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw markUnavailable(error);
        }
      },
    },
  }) as unknown as Db;
}

/** Which database a client made by createDb talks to. */
export function dialectOfDb(client: Db): Dialect {
  const dialect = dialects.get(client);
  if (!dialect) throw new Error('this client was not made by createDb');
  return dialect;
}

/** Makes a store ready for writers alongside readers (SQLite: WAL; PostgreSQL needs nothing). */
export async function prepareForWrites(client: Db) {
  if (dialectOfDb(client) === 'sqlite') await enableWal(client);
}

/**
 * Runs a write transaction, again if it failed only because another writer was at work: SQLite
 * answers "busy"; PostgreSQL lets both run and fails one on a conflict (lib/db/postgresql.ts). A
 * whole transaction is safe to run again, so it is, after a short random wait. A conflict that
 * persists is a real one (a duplicate), so it is given fewer attempts than a busy file.
 */
export async function withWriteRetry<T>(client: Db, run: () => Promise<T>): Promise<T> {
  const busy = dialectOfDb(client) === 'sqlite' ? isBusy : isWriteConflict;
  const attempts = dialectOfDb(client) === 'sqlite' ? 10 : 5;
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (error) {
      if (!busy(error) || i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 20 * i + Math.random() * 50 * i));
    }
  }
}

/**
 * Whether the store has its tables: a store that was never migrated answers Prisma's P2021
 * ("table does not exist") to the first read.
 */
export async function isMigrated(client: Db): Promise<boolean> {
  try {
    await client.article.count();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'P2021') return false;
    throw error;
  }
}

/** Deletes a SQLite store's files (tests and tools that made one). */
export function removeStore(url: string) {
  if (dialectOf(url) !== 'sqlite') throw new Error(`${redactUrl(url)} is not a SQLite store`);
  removeSqliteStore(url);
}

/**
 * Empties the store for npm run db:reset: SQLite's files are deleted; on PostgreSQL every table of
 * the database's `public` schema goes (the database itself, its owner and grants stay).
 */
export async function resetStore(url: string) {
  if (dialectOf(url) === 'sqlite') return removeSqliteStore(url);
  const client = createDb(url);
  try {
    await client.$executeRawUnsafe('DROP SCHEMA IF EXISTS public CASCADE');
    await client.$executeRawUnsafe('CREATE SCHEMA public');
  } finally {
    await client.$disconnect();
  }
}
