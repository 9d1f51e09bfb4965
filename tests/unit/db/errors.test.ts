import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, dialectOfDb } from '../../../lib/db';
import {
  describeFailure,
  describeStoreError,
  isStoreUnavailable,
  markUnavailable,
  STORE_UNAVAILABLE_DIGEST,
} from '../../../lib/db/errors';
import { makeTestDb, type TestDb } from '../../setup/test-db';

// Nothing listens on port 9 (discard) here: a refused connection, as when PostgreSQL is stopped.
const DOWN = 'postgresql://cctv:hunter2@127.0.0.1:9/cctv';

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

let t: TestDb;
beforeAll(async () => {
  t = await makeTestDb();
});
afterAll(() => t.drop());

describe('an unreachable database', () => {
  it('is told apart from every other failure, on a read and in a transaction', async () => {
    const db = createDb(DOWN);
    const read = await errorOf(() => db.article.count());
    const tx = await errorOf(() => db.$transaction((c) => c.article.count()));
    await db.$disconnect();
    expect(isStoreUnavailable(read)).toBe(true);
    expect(isStoreUnavailable(tx)).toBe(true);
  });

  it('is described in one line with the address but never its password', async () => {
    const db = createDb(DOWN);
    const error = await errorOf(() => db.article.count());
    await db.$disconnect();
    const line = describeStoreError(error, DOWN);
    expect(line).toBe(
      "cannot reach the database at postgresql://cctv:***@127.0.0.1:9/cctv: Can't reach database server at 127.0.0.1:9",
    );
    expect(describeFailure(error, DOWN)).toBe(line);
  });

  it('is also pg’s own "connection terminated", PostgreSQL shutting down, and a wrapped cause', () => {
    expect(isStoreUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    const shuttingDown = { meta: { driverAdapterError: { cause: { originalCode: '57P01' } } } };
    expect(isStoreUnavailable(shuttingDown)).toBe(true);
    expect(isStoreUnavailable(new Error('render failed', { cause: { code: 'P1001' } }))).toBe(true);
  });
});

describe('a database that answers', () => {
  it('with a refusal is not "unavailable": a duplicate, a missing table, a plain bug', async () => {
    await t.db.council.create({
      data: { gssCode: 'E07000241', slug: 'x', name: 'X', officialName: 'X', type: 'NMD', region: '' },
    });
    const duplicate = await errorOf(() =>
      t.db.council.create({
        data: { gssCode: 'E07000241', slug: 'y', name: 'Y', officialName: 'Y', type: 'NMD', region: '' },
      }),
    );
    expect((duplicate as { code?: string }).code).toBe('P2002');
    expect(isStoreUnavailable(duplicate)).toBe(false);
    expect(isStoreUnavailable(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isStoreUnavailable(null)).toBe(false);
    expect(describeFailure(new Error('a parser bug at postgresql://a:pw@h/db'), DOWN)).toBe(
      'a parser bug at postgresql://a:***@h/db',
    );
  });
});

describe('the error page’s digest', () => {
  it('marks an unreachable database’s error, and only that', () => {
    const down = Object.assign(new Error('x'), { code: 'P1001' });
    expect(markUnavailable(down)).toBe(down);
    expect((down as { digest?: string }).digest).toBe(STORE_UNAVAILABLE_DIGEST);
    const other = Object.assign(new Error('y'), { code: 'P2002' });
    markUnavailable(other);
    expect('digest' in other).toBe(false);
  });

  it('is given by the server’s client to every failed read of an unreachable database', async () => {
    const db = createDb(DOWN, { markUnavailable: true });
    const read = await errorOf(() => db.council.findMany());
    const raw = await errorOf(() => db.$queryRaw`SELECT 1`);
    await db.$disconnect();
    expect((read as { digest?: string }).digest).toBe(STORE_UNAVAILABLE_DIGEST);
    expect((raw as { digest?: string }).digest).toBe(STORE_UNAVAILABLE_DIGEST);
    expect(dialectOfDb(db)).toBe('postgresql');
  });

  it('keeps a digest the error already has', () => {
    const withDigest = Object.assign(new Error('z'), { code: 'P1001', digest: 'NEXT_NOT_FOUND' });
    markUnavailable(withDigest);
    expect(withDigest.digest).toBe('NEXT_NOT_FOUND');
  });
});
