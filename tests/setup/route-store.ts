import { afterAll, beforeAll, beforeEach } from 'vitest';
import { clearSnapshots } from '../../lib/api/snapshot';
import type { Db } from '../../lib/db';
import { makeTestDb, type TestDb } from './test-db';

/**
 * A store for a file's tests of the API routes. The routes read through the server's one client
 * (lib/db/client.ts), which takes a client already on globalThis: so the store is made and filled,
 * put there, and only then are the routes loaded. Held snapshots are cleared before each test, and
 * the store is dropped after the file. Read `db` and `routes` inside tests or later hooks.
 */
export function routeStore<Routes>(fill: (db: Db) => Promise<void>, load: () => Promise<Routes>) {
  let t: TestDb | undefined;
  let routes: Routes | undefined;
  beforeAll(async () => {
    t = await makeTestDb();
    await fill(t.db);
    (globalThis as { db?: Db }).db = t.db;
    routes = await load();
  });
  afterAll(async () => {
    delete (globalThis as { db?: Db }).db;
    await t?.drop();
  });
  beforeEach(() => clearSnapshots());
  const ready = <T>(value: T | undefined) => {
    if (value === undefined) throw new Error('routeStore: read db and routes inside a test or a later hook');
    return value;
  };
  return {
    get db() {
      return ready(t).db;
    },
    get routes() {
      return ready(routes);
    },
  };
}
