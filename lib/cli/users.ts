/**
 * Accounts for the editor. There is no public sign-up: this is how people get in.
 *   npm run user:add -- --email ADDRESS --role editor|admin [--name NAME]
 *       The password is the first line of standard input when it is piped
 *       (`printf '%s\n' "$PW" | npm run user:add -- ...`), else a generated one, printed once.
 *   npm run user:list
 *   npm run user:disable -- --email ADDRESS
 *       The account can no longer sign in, and every browser signed in with it is signed out.
 * Adding and disabling are written to the audit log as "command line".
 * Exit 0 when done, 2 for a usage error (bad option, email, role or password), 1 when the store
 * refuses (an email already taken, no such account, a store with no tables).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { LOCAL_ENV_FILE, localAuthSettings } from '../auth/local-env';
import {
  AccountError,
  addUser,
  describeIssues,
  disableUser,
  generatePassword,
  listUsers,
  newUserSchema,
} from '../auth/users';
import { createDb, isMigrated, prepareForWrites, type Db } from '../db';
import { describeStoreError, isStoreUnavailable } from '../db/errors';
import { redactUrl } from '../db/url';
import { databaseUrl, readAuthEnv, readEnv } from '../env';
import { exitQuietlyOnClosedPipe } from './closed-pipe';

exitQuietlyOnClosedPipe();

const USAGE = `usage: npm run user:add -- --email ADDRESS --role editor|admin [--name NAME]   (password on stdin, or generated)
       npm run user:list
       npm run user:disable -- --email ADDRESS`;

function fail(code: 1 | 2, message: string): never {
  console.error(`users: ${message}${code === 2 ? `\n${USAGE}` : ''}`);
  process.exit(code);
}

/** The first line of piped standard input, without its line ending. */
async function readPasswordLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
}

const commandSchema = z.enum(['add', 'list', 'disable']);

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(2, error instanceof Error ? error.message : String(error));
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const command = commandSchema.safeParse(parsed.positionals[0]);
if (!command.success || parsed.positionals.length > 1) {
  fail(
    2,
    command.success ? `unexpected ${parsed.positionals.slice(1).join(' ')}` : 'name a command: add, list or disable',
  );
}
const { email, role, name } = parsed.values;
if (command.data !== 'add' && (role !== undefined || name !== undefined)) fail(2, '--role and --name are for add only');
if (command.data === 'list' && email !== undefined) fail(2, 'list takes no --email');
if (command.data !== 'list' && email === undefined) fail(2, `${command.data} needs --email`);

// Everything about the new account is checked before the store is opened or a password is asked for.
let newUser: z.output<typeof newUserSchema> | undefined;
let generated = false;
if (command.data === 'add') {
  const fields = newUserSchema.omit({ password: true }).safeParse({ email, role, name });
  if (!fields.success) fail(2, fields.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('; '));
  let password: string;
  if (process.stdin.isTTY) {
    password = generatePassword();
    generated = true;
  } else {
    password = await readPasswordLine();
    if (!password) fail(2, 'standard input is empty: pipe the password in, or run in a terminal to have one generated');
  }
  const checked = newUserSchema.safeParse({ ...fields.data, password });
  if (!checked.success) fail(2, describeIssues(checked.error));
  newUser = checked.data;
}

let db: Db;
let url = '';
try {
  url = databaseUrl();
  db = createDb(url);
  if (!(await isMigrated(db)))
    fail(1, `the store ${redactUrl(url)} has no tables yet; run npm run db:migrate (or npm start) first`);
} catch (error) {
  fail(1, url ? describeStoreError(error, url) : error instanceof Error ? error.message : String(error));
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

try {
  if (newUser) {
    // Only the secret's presence matters to adding an account; the same one `npm start` uses.
    const local = localAuthSettings(readEnv().PORT);
    if (local.generated) console.log(`users: made a sign-in secret, BETTER_AUTH_SECRET, in ${LOCAL_ENV_FILE}`);
    const env = readAuthEnv({
      ...process.env,
      BETTER_AUTH_SECRET: local.BETTER_AUTH_SECRET,
      BETTER_AUTH_URL: local.BETTER_AUTH_URL,
    });
    await prepareForWrites(db);
    const account = await addUser(db, newUser, { env });
    console.log(`added ${account.email} (${account.role}), named ${JSON.stringify(account.name)}`);
    if (generated) console.log(`password (shown once, not stored anywhere): ${newUser.password}`);
  } else if (command.data === 'disable') {
    await prepareForWrites(db);
    const { account, sessionsDeleted, alreadyDisabled } = await disableUser(db, email!);
    const signedOut = `${sessionsDeleted} session${sessionsDeleted === 1 ? '' : 's'} ended`;
    console.log(`${alreadyDisabled ? 'already disabled' : 'disabled'} ${account.email}; ${signedOut}`);
  } else {
    const accounts = await listUsers(db);
    if (accounts.length === 0) {
      console.log('No accounts yet. Add one: npm run user:add -- --email ADDRESS --role admin');
    } else {
      const rows = accounts.map((a) => [a.email, a.role ?? '-', a.disabled ? 'yes' : 'no', when(a.createdAt)]);
      console.log(table([['EMAIL', 'ROLE', 'DISABLED', 'CREATED'], ...rows]));
    }
  }
} catch (error) {
  await db.$disconnect();
  if (error instanceof AccountError) fail(1, error.message);
  if (isStoreUnavailable(error)) fail(1, `${describeStoreError(error, url)}; nothing was changed`);
  throw error;
}
await db.$disconnect();
