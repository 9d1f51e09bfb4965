import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { inject } from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, removeStore } from '../../../lib/db';
import { prepareStore } from '../../../lib/db/prepare';
import { TMP_DIR } from '../../setup/global-db';
import { admin, databaseUrlFor, dropDatabase, testDatabaseName } from '../../setup/postgres';
import { TEST_DIALECT } from '../../setup/test-db';

// prepareStore starts from nothing: a new file on SQLite, a new, empty database on PostgreSQL.
const made: string[] = [];
async function newStore(): Promise<string> {
  if (TEST_DIALECT === 'sqlite') {
    const url = `file:${path.join(TMP_DIR, `${randomUUID()}.db`)}`;
    made.push(url);
    return url;
  }
  const name = testDatabaseName(inject('postgresRunId'), randomUUID().slice(0, 8));
  await admin(`CREATE DATABASE "${name}"`);
  made.push(name);
  return databaseUrlFor(name);
}
afterAll(async () => {
  for (const store of made) await (TEST_DIALECT === 'sqlite' ? removeStore(store) : dropDatabase(store));
});

describe('prepareStore', () => {
  it('migrates a new store, seeds it once, and leaves a store with articles as it is', async () => {
    const url = await newStore();
    const first = await prepareStore(url);
    // Each seed is known by its identity (its URL, from its sidecar), not by its file name.
    expect(first?.map((o) => [o.key, o.status, o.result.facts.length])).toEqual([
      ['https://www.whtimes.co.uk/news/welwyn-hatfield-council-spending-5624078', 'added', 13],
    ]);
    expect(await prepareStore(url)).toBeNull();
    const db = createDb(url);
    expect(await db.fact.count()).toBe(13);
    expect(await db.article.findFirstOrThrow()).toMatchObject({
      publisher: 'Welwyn Hatfield Times',
      addedBy: 'command line',
    });
    // SQLite's readers carry on while a writer works only in WAL mode; PostgreSQL's always do.
    if (TEST_DIALECT === 'sqlite') {
      expect(await db.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    }
    await db.$disconnect();
  }, 60_000);

  it('can leave the store empty', async () => {
    const empty = await newStore();
    expect(await prepareStore(empty, { seed: false })).toBeNull();
    const db = createDb(empty);
    expect(await db.article.count()).toBe(0);
    await db.$disconnect();
  }, 60_000);

  it('says why when the migrations cannot be applied, without the password', async () => {
    const unreachable =
      TEST_DIALECT === 'sqlite' ? 'file:/nonexistent-dir/x.db' : 'postgresql://cctv:hunter2@127.0.0.1:9/nowhere';
    const failure = prepareStore(unreachable);
    await expect(failure).rejects.toThrow(/prisma migrate deploy failed/);
    await expect(failure).rejects.not.toThrow(/hunter2/);
  }, 60_000);
});
