import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/** Next loads this file; it is git-ignored. */
export const LOCAL_ENV_FILE = '.env.local';

export interface LocalAuthSettings {
  BETTER_AUTH_SECRET: string;
  BETTER_AUTH_URL: string;
  /** Whether the secret was made just now (and saved). */
  generated: boolean;
}

/**
 * Sign-in settings on a machine where nobody set them, so that `npm start` works on a fresh
 * checkout. The secret is the environment's, else the env file's, else a new random one saved
 * there: made once, so sessions outlive a restart. The address is the environment's, else
 * http://localhost:PORT. Whatever comes back is still checked by readAuthEnv (lib/env.ts).
 */
export function localAuthSettings(
  port: number,
  source: Record<string, string | undefined> = process.env,
  file: string = LOCAL_ENV_FILE,
): LocalAuthSettings {
  const BETTER_AUTH_URL = source.BETTER_AUTH_URL || `http://localhost:${port}`;
  const saved = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const secret = source.BETTER_AUTH_SECRET || parseEnv(saved).BETTER_AUTH_SECRET;
  if (secret) return { BETTER_AUTH_SECRET: secret, BETTER_AUTH_URL, generated: false };

  const BETTER_AUTH_SECRET = randomBytes(32).toString('base64url');
  const before = saved && !saved.endsWith('\n') ? '\n' : '';
  const line = `# Signs session cookies; made by npm start. Changing it signs everyone out.\nBETTER_AUTH_SECRET=${BETTER_AUTH_SECRET}\n`;
  appendFileSync(file, `${before}${line}`, { mode: 0o600 });
  return { BETTER_AUTH_SECRET, BETTER_AUTH_URL, generated: true };
}
