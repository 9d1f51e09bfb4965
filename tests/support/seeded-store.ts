import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { ingestArticle } from '../../lib/ingest';
import { makeTestDb, type TestDb } from '../setup/test-db';

const SEED = 'seeds/000_306cc6ddef71cacb.txt';

/** A store of this test file's own holding the seed article, made before its tests and dropped after. */
export function seededStore(): { readonly db: TestDb['db'] } {
  let t: TestDb | undefined;
  beforeAll(async () => {
    t = makeTestDb();
    await ingestArticle(t.db, { file: SEED, text: readFileSync(SEED, 'utf8') });
  });
  afterAll(() => t?.drop());
  return {
    get db() {
      if (!t) throw new Error('the seeded store is made in beforeAll');
      return t.db;
    },
  };
}
