import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, removeStore } from '../../../lib/db';
import { prepareStore } from '../../../lib/db/prepare';
import { TMP_DIR } from '../../setup/global-db';

const url = `file:${path.join(TMP_DIR, `${randomUUID()}.db`)}`;
afterAll(() => removeStore(url));

describe('prepareStore', () => {
  it('migrates a new store, seeds it once, and leaves a store with articles as it is', async () => {
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
    expect(await db.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    await db.$disconnect();
  }, 60_000);

  it('can leave the store empty', async () => {
    const empty = `file:${path.join(TMP_DIR, `${randomUUID()}.db`)}`;
    expect(await prepareStore(empty, { seed: false })).toBeNull();
    const db = createDb(empty);
    expect(await db.article.count()).toBe(0);
    await db.$disconnect();
    removeStore(empty);
  }, 60_000);

  it('says why when the migrations cannot be applied', async () => {
    await expect(prepareStore('file:/nonexistent-dir/x.db')).rejects.toThrow(/prisma migrate deploy failed/);
  }, 60_000);
});
