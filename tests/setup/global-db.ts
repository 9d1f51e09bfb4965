/**
 * Vitest global setup: migrates one base SQLite file with the committed migrations, once
 * per run. Each test file copies it (tests/setup/test-db.ts), so no test touches the dev store.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const TMP_DIR = path.resolve(import.meta.dirname, '../.tmp');
export const BASE_DB = path.join(TMP_DIR, 'base.db');

export default function setup() {
  rmSync(TMP_DIR, { recursive: true, force: true });
  mkdirSync(TMP_DIR, { recursive: true });
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: `file:${BASE_DB}` },
    stdio: 'pipe',
  });
  return () => rmSync(TMP_DIR, { recursive: true, force: true });
}
