import 'server-only';
import { dialectOfDb } from '../db';
import { db } from '../db/client';
import { readAuthEnv, type AuthEnv } from '../env';
import { createAuth } from './config';

/**
 * The server's one auth instance, on the server's one database client, made on first use: `next
 * build` imports route modules to read their settings, and must not need the sign-in secret. The
 * server checks the settings as it starts (instrumentation.ts), so a missing secret stops it
 * there rather than answering 500 to the first sign-in.
 */
let made: { env: AuthEnv; auth: ReturnType<typeof createAuth> } | undefined;

function make() {
  if (!made) {
    const env = readAuthEnv();
    made = { env, auth: createAuth(db, dialectOfDb(db), env) };
  }
  return made;
}

/** The app's auth settings (lib/env.ts), checked on first use. */
export const getAuthEnv = (): AuthEnv => make().env;
export const getAuth = () => make().auth;
