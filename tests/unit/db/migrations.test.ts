import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_SCHEMA, SQLITE_SCHEMA } from '../../../lib/db/schemas';
import { makeTestDb, TEST_DIALECT, type TestDb } from '../../setup/test-db';

const run = promisify(execFile);
const PRISMA = path.resolve('node_modules/.bin/prisma');

let t: TestDb;
beforeAll(async () => {
  t = await makeTestDb();
});
afterAll(() => t.drop());

/**
 * The migrations are written by hand from `migrate diff` (no shadow database here: decision 002),
 * so nothing but this checks that applying them all gives the schema: the test store (migrated by
 * `prepareStore`) is read back with `db pull` and compared with the schema by `migrate diff`.
 */
describe(`the ${TEST_DIALECT} migrations`, () => {
  it('build exactly the schema', async () => {
    const env = { ...process.env, DATABASE_URL: t.url };
    const pulled = await run(PRISMA, ['db', 'pull', '--print'], { env });
    // The CLI prints a warning about the datasource's url before the schema.
    const schema = pulled.stdout.slice(pulled.stdout.indexOf('generator client'));
    expect(schema).toMatch(/model Fact \{/);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pulled-')), 'schema.prisma');
    writeFileSync(file, schema);
    const target = TEST_DIALECT === 'postgresql' ? POSTGRES_SCHEMA : SQLITE_SCHEMA;
    const diff = await run(
      PRISMA,
      ['migrate', 'diff', '--from-schema-datamodel', file, '--to-schema-datamodel', target, '--exit-code'],
      { env },
    ).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(diff, diff.out).toMatchObject({ code: 0 });
    expect(diff.out).toContain('No difference detected');
  }, 60_000);

  it('keep the audit log append-only', async () => {
    const entry = await t.db.auditEntry.create({ data: { actor: 'test', action: 'article.added' } });
    await expect(t.db.auditEntry.update({ where: { id: entry.id }, data: { actor: 'x' } })).rejects.toThrow();
    await expect(t.db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
    expect(await t.db.auditEntry.findUnique({ where: { id: entry.id } })).toMatchObject({ actor: 'test' });
  });
});
