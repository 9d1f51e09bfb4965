import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestDb, type TestDb } from '../../setup/test-db';

const TSX = path.resolve('node_modules/.bin/tsx');

let t: TestDb;
beforeAll(async () => {
  t = await makeTestDb();
});
afterAll(() => t.drop());

/** Runs `npm run user:* -- args` on this file's store, with `input` piped to standard input. */
function users(
  args: string[],
  input = '',
  url = t.url,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, ['lib/cli/users.ts', ...args], {
      // A secret in the environment, so the command never writes .env.local into the checkout.
      env: { ...process.env, DATABASE_URL: url, BETTER_AUTH_SECRET: 'cli-test-secret-cli-test-secret-0123456789' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npm run user:add, user:list, user:disable', () => {
  it('adds with the password from standard input, refuses what it must, lists and disables', async () => {
    expect(
      await users(['add', '--email', 'Ed@example.org', '--role', 'editor'], 'correct-horse-battery-staple\nignored\n'),
    ).toMatchObject({
      code: 0,
      stdout: 'added ed@example.org (editor), named "ed"\n',
    });

    const duplicate = await users(['add', '--email', 'ed@example.org', '--role', 'admin'], 'another-long-password\n');
    expect(duplicate).toMatchObject({ code: 1, stderr: 'users: an account for ed@example.org already exists\n' });

    const bad = await users(['add', '--email', 'nobody', '--role', 'owner'], 'correct-horse-battery-staple\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^users: --email is not an email address; --role must be one of editor, admin\nusage:/);

    const short = await users(['add', '--email', 'b@example.org', '--role', 'editor'], 'short\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/^users: password: must be at least 12 characters\n/);

    expect(await users(['disable', '--email', 'ed@example.org'])).toMatchObject({
      code: 0,
      stdout: 'disabled ed@example.org; 0 sessions ended\n',
    });

    const list = await users(['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(
      /^EMAIL +ROLE +DISABLED +CREATED\ned@example\.org +editor +yes +\d{4}-\d\d-\d\d \d\d:\d\d UTC\n$/,
    );

    const audit = await t.db.auditEntry.findMany({ orderBy: { id: 'asc' } });
    expect(audit.map((e) => [e.actor, e.action])).toEqual([
      ['command line', 'user.added'],
      ['command line', 'user.disabled'],
    ]);
  }, 60_000);

  it('says in one line that the database cannot be reached, without its password', async () => {
    const down = 'postgresql://cctv:hunter2@127.0.0.1:9/cctv';
    expect(await users(['list'], '', down)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "users: cannot reach the database at postgresql://cctv:***@127.0.0.1:9/cctv: Can't reach database server at 127.0.0.1:9\n",
    });
  }, 30_000);
});
