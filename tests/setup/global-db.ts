/**
 * Vitest global setup: one migrated base store per run (lib/db/prepare.ts, as `npm start` does).
 * Each test file copies it (tests/setup/test-db.ts), so no test touches the dev store.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { prepareStore } from '../../lib/db/prepare';

// One folder per run (workers inherit the run's id from the main process), so that two runs at
// once, say a watch and a full run, never delete each other's stores.
process.env.TEST_RUN_ID ??= `${process.pid}-${Date.now()}`;
export const TMP_DIR = path.resolve(import.meta.dirname, '../.tmp', process.env.TEST_RUN_ID);
export const BASE_DB = path.join(TMP_DIR, 'base.db');

export default async function setup() {
  rmSync(TMP_DIR, { recursive: true, force: true });
  mkdirSync(TMP_DIR, { recursive: true });
  await prepareStore(`file:${BASE_DB}`, { seed: false });
  return () => rmSync(TMP_DIR, { recursive: true, force: true });
}
