import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { COMMAND_LINE, record } from '../audit';
import { dialectOfDb, withWriteRetry, type Db } from '../db';
import { readAuthEnv, type AuthEnv } from '../env';
import { createAuth, ROLES } from './config';

/**
 * Accounts: adding, listing and disabling them. What `npm run user:*` (lib/cli/users.ts) and the
 * browser tests' server call; each change is written with its audit entry in one transaction.
 */

/** better-auth checks this on sign-up and password changes but not on accounts an admin makes. */
const MIN_PASSWORD_LENGTH = 12;

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('is not an email address')),
  role: z.enum(ROLES, `must be one of ${ROLES.join(', ')}`),
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional(),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(128, 'must be at most 128 characters'),
});
export type NewUser = z.input<typeof newUserSchema>;

export interface Account {
  id: string;
  email: string;
  name: string;
  role: string | null;
  disabled: boolean;
  createdAt: Date;
}

/** A request the store refuses: bad input, an email already taken, an account that is not there. */
export class AccountError extends Error {}

/** Plain-text lines naming each bad field: "email: is not an email address". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}

/** A password for someone who did not choose one: 24 characters from 144 random bits. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

const accountFields = { id: true, email: true, name: true, role: true, banned: true, createdAt: true } as const;

function toAccount(row: {
  id: string;
  email: string;
  name: string;
  role: string | null;
  banned: boolean | null;
  createdAt: Date;
}) {
  const { banned, ...rest } = row;
  return { ...rest, disabled: banned === true };
}

export interface ChangeOptions {
  /** Who is doing it, for the audit log: an admin's email, or the command line (the default). */
  actor?: string;
  /** Sign-in settings; only the secret's presence matters here. Default: readAuthEnv(). */
  env?: AuthEnv;
}

/** Adds an account that can sign in with its email and password. */
export async function addUser(db: Db, input: NewUser, options: ChangeOptions = {}): Promise<Account> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new AccountError(describeIssues(parsed.error));
  const { email, role, password } = parsed.data;
  const name = parsed.data.name ?? email.slice(0, email.indexOf('@'));
  const env = options.env ?? readAuthEnv();
  return withWriteRetry(db, () =>
    db.$transaction(
      async (tx) => {
        if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
          throw new AccountError(`an account for ${email} already exists`);
        }
        // better-auth on this transaction's client: the user, its password account and the audit
        // entry are written together or not at all. Without headers, createUser needs no session.
        const { user } = await createAuth(tx, dialectOfDb(db), env).api.createUser({
          body: { email, password, name, role },
        });
        await record(tx, { actor: options.actor ?? COMMAND_LINE, action: 'user.added', detail: { email, role } });
        return toAccount(await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: accountFields }));
      },
      // Hashing the password (scrypt) happens inside: give it more than Prisma's default 5 s.
      { timeout: 20_000 },
    ),
  );
}

/** Every account, oldest first. */
export async function listUsers(db: Db): Promise<Account[]> {
  const rows = await db.user.findMany({ orderBy: [{ createdAt: 'asc' }, { email: 'asc' }], select: accountFields });
  return rows.map(toAccount);
}

export interface Disabled {
  account: Account;
  /** Sessions that were ended: the account's browsers are signed out at their next request. */
  sessionsDeleted: number;
  alreadyDisabled: boolean;
}

/**
 * Disables an account: it can no longer sign in (better-auth's admin plugin refuses a banned user
 * a session) and every session it has is deleted. Sessions live only in the store (no cookie
 * cache, no secondary storage), so deleting the rows ends them. Disabling twice changes nothing.
 */
export async function disableUser(
  db: Db,
  email: string,
  options: Pick<ChangeOptions, 'actor'> = {},
): Promise<Disabled> {
  const address = email.trim().toLowerCase();
  return withWriteRetry(db, () =>
    db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email: address }, select: accountFields });
      if (!user) throw new AccountError(`there is no account for ${address}`);
      const alreadyDisabled = user.banned === true;
      const updated = alreadyDisabled
        ? user
        : await tx.user.update({
            where: { id: user.id },
            data: { banned: true, banReason: 'disabled', banExpires: null },
            select: accountFields,
          });
      const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
      if (!alreadyDisabled) {
        await record(tx, {
          actor: options.actor ?? COMMAND_LINE,
          action: 'user.disabled',
          detail: { email: address, sessionsDeleted: count },
        });
      }
      return { account: toAccount(updated), sessionsDeleted: count, alreadyDisabled };
    }),
  );
}
