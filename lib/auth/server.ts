import 'server-only';
import { db } from '../db/client';
import { readAuthEnv } from '../env';
import { createAuth } from './config';

/** The app's auth settings, checked once when the server first needs them (lib/env.ts). */
export const authEnv = readAuthEnv();

/** The server's one auth instance, on the server's one database client. */
export const auth = createAuth(db, authEnv);
