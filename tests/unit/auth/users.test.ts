import { APIError } from 'better-auth/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_LINE } from '../../../lib/audit';
import { createAuth } from '../../../lib/auth/config';
import { dialectOfDb } from '../../../lib/db';
import { AccountError, addUser, disableUser, generatePassword, listUsers } from '../../../lib/auth/users';
import type { AuthEnv } from '../../../lib/env';
import { makeTestDb, type TestDb } from '../../setup/test-db';

const env: AuthEnv = {
  BETTER_AUTH_SECRET: 'unit-test-secret-unit-test-secret-0123456789',
  BETTER_AUTH_URL: 'http://localhost:3000',
  TRUSTED_IP_HEADER: 'x-forwarded-for',
};
const PASSWORD = 'correct-horse-battery-staple';

let t: TestDb;
beforeEach(async () => {
  t = await makeTestDb();
});
afterEach(() => t.drop());

const signIn = (email: string, password = PASSWORD) =>
  createAuth(t.db, dialectOfDb(t.db), env).api.signInEmail({ body: { email, password } });

const audit = () => t.db.auditEntry.findMany({ orderBy: { id: 'asc' } });

describe('addUser', () => {
  it('adds an account that can sign in, with its role, and logs it', async () => {
    const added = await addUser(t.db, { email: ' Editor@Example.org ', role: 'editor', password: PASSWORD }, { env });
    expect(added).toMatchObject({ email: 'editor@example.org', name: 'editor', role: 'editor', disabled: false });

    const session = await signIn('editor@example.org');
    expect(session.user).toMatchObject({ email: 'editor@example.org', role: 'editor' });
    await expect(signIn('editor@example.org', 'not-the-password')).rejects.toThrow(APIError);

    expect(await audit()).toMatchObject([
      {
        actor: COMMAND_LINE,
        action: 'user.added',
        detail: JSON.stringify({ email: 'editor@example.org', role: 'editor' }),
      },
    ]);
  }, 20_000);

  it('stores a hash, never the password', async () => {
    await addUser(t.db, { email: 'a@example.org', role: 'admin', password: PASSWORD, name: 'Ada' }, { env });
    const [account] = await t.db.account.findMany();
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain(PASSWORD);
  }, 20_000);

  it('refuses a second account with the same email, whatever its case, and writes nothing', async () => {
    await addUser(t.db, { email: 'a@example.org', role: 'editor', password: PASSWORD }, { env });
    await expect(
      addUser(t.db, { email: 'A@EXAMPLE.ORG', role: 'admin', password: `${PASSWORD}!` }, { env }),
    ).rejects.toThrow(new AccountError('an account for a@example.org already exists'));
    expect(await t.db.user.count()).toBe(1);
    expect(await audit()).toHaveLength(1);
  }, 20_000);

  it.each([
    [{ email: 'a@example.org', role: 'editor', password: 'elevenchars' }, /password: must be at least 12 characters/],
    [{ email: 'not-an-email', role: 'editor', password: PASSWORD }, /email: is not an email address/],
    [{ email: 'a@example.org', role: 'owner', password: PASSWORD }, /role: must be one of editor, admin/],
  ])('refuses %o and writes nothing', async (input, message) => {
    await expect(addUser(t.db, input as never, { env })).rejects.toThrow(message);
    expect(await t.db.user.count()).toBe(0);
    expect(await t.db.account.count()).toBe(0);
    expect(await audit()).toEqual([]);
  });

  it('rolls the account back when its audit entry cannot be written', async () => {
    // Nothing refuses an audit insert in normal use: drop the table (in this test's own store) to make one fail.
    await t.db.$executeRawUnsafe('DROP TABLE "AuditEntry"');
    await expect(
      addUser(t.db, { email: 'a@example.org', role: 'editor', password: PASSWORD }, { env }),
    ).rejects.toThrow();
    expect(await t.db.user.count()).toBe(0);
    expect(await t.db.account.count()).toBe(0);
  }, 20_000);
});

describe('generatePassword', () => {
  it('makes long, different passwords', () => {
    const a = generatePassword();
    expect(a.length).toBeGreaterThanOrEqual(20);
    expect(generatePassword()).not.toBe(a);
  });
});

describe('listUsers', () => {
  it('lists accounts with role and whether disabled', async () => {
    expect(await listUsers(t.db)).toEqual([]);
    await addUser(t.db, { email: 'b@example.org', role: 'admin', password: PASSWORD }, { env });
    await addUser(t.db, { email: 'a@example.org', role: 'editor', password: PASSWORD }, { env });
    await disableUser(t.db, 'a@example.org');
    const list = await listUsers(t.db);
    expect(list.map(({ email, role, disabled }) => ({ email, role, disabled }))).toEqual([
      { email: 'b@example.org', role: 'admin', disabled: false },
      { email: 'a@example.org', role: 'editor', disabled: true },
    ]);
    expect(list[0]?.createdAt).toBeInstanceOf(Date);
  }, 30_000);
});

describe('disableUser', () => {
  it('bans the account, deletes its sessions, refuses it a new one, and logs it once', async () => {
    await addUser(t.db, { email: 'a@example.org', role: 'editor', password: PASSWORD }, { env });
    await addUser(t.db, { email: 'b@example.org', role: 'editor', password: PASSWORD }, { env });
    await signIn('a@example.org');
    await signIn('a@example.org');
    await signIn('b@example.org');
    expect(await t.db.session.count()).toBe(3);

    const result = await disableUser(t.db, ' A@example.org');
    expect(result).toMatchObject({ sessionsDeleted: 2, alreadyDisabled: false, account: { disabled: true } });
    expect(await t.db.session.count({ where: { user: { email: 'a@example.org' } } })).toBe(0);
    expect(await t.db.session.count()).toBe(1);
    await expect(signIn('a@example.org')).rejects.toMatchObject({ body: { code: 'BANNED_USER' } });

    expect(await disableUser(t.db, 'a@example.org')).toMatchObject({ alreadyDisabled: true, sessionsDeleted: 0 });
    const entries = (await audit()).filter((e) => e.action === 'user.disabled');
    expect(entries).toMatchObject([
      { actor: COMMAND_LINE, detail: JSON.stringify({ email: 'a@example.org', sessionsDeleted: 2 }) },
    ]);
  }, 30_000);

  it('names an email that has no account', async () => {
    await expect(disableUser(t.db, 'nobody@example.org')).rejects.toThrow(
      new AccountError('there is no account for nobody@example.org'),
    );
    expect(await audit()).toEqual([]);
  });
});
