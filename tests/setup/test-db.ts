import { randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { createDb, removeStore, type Db } from '../../lib/db';
import type { Dialect } from '../../lib/db/url';
import { BASE_DB, TMP_DIR } from './global-db';
import { cloneDatabase, databaseUrlFor, dropDatabase, testDatabaseName } from './postgres';

export interface TestDb {
  db: Db;
  url: string;
  /** Row counts of every table: what "nothing was written" is checked against. */
  counts: () => Promise<{ councils: number; articles: number; facts: number }>;
  drop: () => Promise<void>;
}

/**
 * Which database this test file runs on: the `sqlite` project's (the default) or the `postgresql`
 * project's (vitest.config.ts sets TEST_STORE for it).
 */
export const TEST_DIALECT: Dialect = process.env.TEST_STORE === 'postgresql' ? 'postgresql' : 'sqlite';

function testDb(url: string, remove: () => Promise<void> | void): TestDb {
  const db = createDb(url);
  return {
    db,
    url,
    counts: async () => ({
      councils: await db.council.count(),
      articles: await db.article.count(),
      facts: await db.fact.count(),
    }),
    drop: async () => {
      await db.$disconnect();
      await remove();
    },
  };
}

/** A fresh, migrated, empty store of this test's own, on this project's database. */
export async function makeTestDb(): Promise<TestDb> {
  if (TEST_DIALECT === 'postgresql') {
    const name = testDatabaseName(inject('postgresRunId'), randomUUID().replace(/-/g, '').slice(0, 16));
    await cloneDatabase(inject('postgresBase'), name);
    return testDb(databaseUrlFor(name), () => dropDatabase(name));
  }
  const file = path.join(TMP_DIR, `${randomUUID()}.db`);
  copyFileSync(BASE_DB, file);
  const url = `file:${file}`;
  return testDb(url, () => removeStore(url));
}
