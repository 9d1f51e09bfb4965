import 'server-only';
import { createDb, type Db } from '.';

const globalForDb = globalThis as unknown as { db?: Db };

/**
 * The server's one client, on DATABASE_URL, kept on globalThis so dev-server reloads reuse it.
 * An error meaning the database cannot be reached carries a digest the error page recognises
 * (lib/db/errors.ts), so a reader is told to try again in a minute, not that something broke.
 */
export const db: Db = globalForDb.db ?? createDb(undefined, { markUnavailable: true });
if (process.env.NODE_ENV !== 'production') globalForDb.db = db;
