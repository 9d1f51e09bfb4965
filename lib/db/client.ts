import 'server-only';
import { createDb, type Db } from '.';

const globalForDb = globalThis as unknown as { db?: Db };

/** The server's one client, on DATABASE_URL, kept on globalThis so dev-server reloads reuse it. */
export const db: Db = globalForDb.db ?? createDb();
if (process.env.NODE_ENV !== 'production') globalForDb.db = db;
