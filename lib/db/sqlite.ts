import { rmSync } from 'node:fs';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

/**
 * Everything about the store that is SQLite's: opening a file through the better-sqlite3 driver
 * adapter, WAL, what "busy" looks like and how to wait it out, and deleting the files. The
 * rest of the app talks to Prisma through lib/db and never sees these.
 */

/** The file a `file:` URL names. */
function sqliteFile(url: string): string {
  return url.slice('file:'.length);
}

/** The driver adapter for a `file:` URL; a writer waits up to 5 s for another's lock instead of failing. */
export function sqliteAdapter(url: string) {
  return new PrismaBetterSQLite3({ url, timeout: 5_000 });
}

/** WAL lets readers (the app) carry on while an ingest writes; it is a property of the file, kept once set. */
export async function enableWal(client: { $queryRawUnsafe: (sql: string) => Promise<unknown> }) {
  await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
}

/** SQLite's "busy": the driver adapter reports it as P1008 (SocketTimeout) with no message. */
export function isBusy(error: unknown): boolean {
  const e = error as { code?: string; message?: string; meta?: unknown } | null;
  const text = `${e?.message ?? ''} ${JSON.stringify(e?.meta ?? '')}`;
  return e?.code === 'P1008' || /SQLITE_BUSY|database is locked|SocketTimeout/i.test(text);
}

// Another process writing the same file makes a transaction that read first fail with SQLITE_BUSY
// at once (the busy timeout cannot help a reader that must upgrade): lib/db withWriteRetry runs
// the whole transaction again.

/** Deletes the store's file and its journal, WAL and shared-memory files. */
export function removeSqliteStore(url: string) {
  const file = sqliteFile(url);
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}
