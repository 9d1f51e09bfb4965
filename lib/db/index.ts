import { databaseUrl } from '../env';
import { PrismaClient } from '../generated/prisma/client';
import { enableWal, removeSqliteStore, sqliteAdapter, withBusyRetry } from './sqlite';

/**
 * The store: making a Prisma client, and the few things callers need that depend on which
 * database it is (today always SQLite, lib/db/sqlite.ts). The server's one client is
 * lib/db/client.ts; importing this module opens nothing.
 */

export type Db = PrismaClient;

/** A client on the given store URL. Tests and tools that need their own store use this. */
export function createDb(url: string = databaseUrl()): Db {
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}

/** Makes a store ready for writers alongside readers (SQLite: WAL). */
export const prepareForWrites = (client: Db) => enableWal(client);

/** Runs a write transaction, again if the database was busy with another writer. */
export const withWriteRetry = withBusyRetry;

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

/** Deletes the store. */
export const removeStore = removeSqliteStore;
