import { randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { createDb, removeStore, type Db } from '../../lib/db';
import { BASE_DB, TMP_DIR } from './global-db';

export interface TestDb {
  db: Db;
  url: string;
  /** Row counts of every table: what "nothing was written" is checked against. */
  counts: () => Promise<{ councils: number; articles: number; facts: number }>;
  drop: () => Promise<void>;
}

/** A fresh, migrated, empty store of this test's own. */
export function makeTestDb(): TestDb {
  const file = path.join(TMP_DIR, `${randomUUID()}.db`);
  copyFileSync(BASE_DB, file);
  const url = `file:${file}`;
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
      removeStore(url);
    },
  };
}
