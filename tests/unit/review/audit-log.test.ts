import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_LINE, record } from '../../../lib/audit';
import { makeTestDb, type TestDb } from '../../setup/test-db';

let t: TestDb;
let id: number;
beforeEach(async () => {
  t = await makeTestDb();
  await record(t.db, { actor: COMMAND_LINE, action: 'article.added', articleId: 1, detail: { key: 'sha256:abc' } });
  await record(t.db, { actor: 'ed@example.org', action: 'fact.confirmed', articleId: 1, factId: 2 });
  id = (await t.db.auditEntry.findFirstOrThrow({ where: { action: 'article.added' } })).id;
});
afterEach(() => t.drop());

const log = () => t.db.auditEntry.findMany({ orderBy: { id: 'asc' } });

describe('the audit log', () => {
  it('records who did what, to what, with the detail as JSON', async () => {
    expect((await log()).map((e) => [e.actor, e.action, e.articleId, e.factId, JSON.parse(e.detail)])).toEqual([
      [COMMAND_LINE, 'article.added', 1, null, { key: 'sha256:abc' }],
      ['ed@example.org', 'fact.confirmed', 1, 2, {}],
    ]);
  });

  it.each([
    ['a Prisma update', () => t.db.auditEntry.update({ where: { id }, data: { actor: 'someone else' } })],
    ['a Prisma updateMany', () => t.db.auditEntry.updateMany({ data: { detail: '{}' } })],
    ['a Prisma delete', () => t.db.auditEntry.delete({ where: { id } })],
    ['a Prisma deleteMany', () => t.db.auditEntry.deleteMany({})],
    [
      'an SQL UPDATE',
      () => t.db.$executeRawUnsafe(`UPDATE "AuditEntry" SET "actor" = 'someone else' WHERE "id" = ${id}`),
    ],
    ['an SQL DELETE', () => t.db.$executeRawUnsafe(`DELETE FROM "AuditEntry" WHERE "id" = ${id}`)],
  ])('is append-only: the store refuses %s and the entries stay as written', async (_, change) => {
    const before = await log();
    const err = await change().then(
      () => null,
      (e: unknown) => e as Error & { meta?: unknown },
    );
    // Prisma's SQLite adapter reports the trigger's refusal as P2003 ("Foreign key constraint
    // violated"); the trigger's own words are kept in the error's meta.
    expect(`${err?.message} ${JSON.stringify(err?.meta)}`).toContain('the audit log is append-only');
    expect(await log()).toEqual(before);
  });

  it('still takes new entries', async () => {
    await record(t.db, {
      actor: 'ed@example.org',
      action: 'fact.rejected',
      articleId: 1,
      factId: 3,
      detail: { reason: 'no' },
    });
    expect((await log()).map((e) => e.action)).toEqual(['article.added', 'fact.confirmed', 'fact.rejected']);
  });
});
