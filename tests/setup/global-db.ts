/**
 * Vitest global setup: one migrated base store per run (lib/db/prepare.ts, as `npm start` does).
 * Each test file copies it (tests/setup/test-db.ts), so no test touches the dev store.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { prepareStore } from '../../lib/db/prepare';

export const TMP_DIR = path.resolve(import.meta.dirname, '../.tmp');
export const BASE_DB = path.join(TMP_DIR, 'base.db');

export default async function setup() {
  rmSync(TMP_DIR, { recursive: true, force: true });
  mkdirSync(TMP_DIR, { recursive: true });
  await prepareStore(`file:${BASE_DB}`, { seed: false });
  return () => rmSync(TMP_DIR, { recursive: true, force: true });
}
