import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins';
import { adminAc, userAc } from 'better-auth/plugins/admin/access';
import type { Db } from '../db';
import type { Dialect } from '../db/url';
import { readAuthEnv, type AuthEnv } from '../env';
import type { Prisma } from '../generated/prisma/client';

/**
 * Accounts and sessions: better-auth with email and password, its admin plugin for roles and
 * disabling, and sessions in the store. docs/decisions/014-accounts-and-sign-in.md
 */

/** Who may use the editor: an editor reviews and adds figures; an admin also manages accounts. */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** How many sign-in attempts one client may make in a minute; the next one answers 429. */
const SIGN_IN_LIMIT = { window: 60, max: 10 } as const;

/**
 * The auth instance on a client, or on a transaction's client: the adapter runs its writes
 * directly on a client without `$transaction`, which is how lib/auth/users.ts puts an account
 * and its audit entry in one transaction. `dialect` is the store's (lib/db dialectOfDb): a
 * transaction's client does not say which database it is on.
 */
export function createAuth(db: Db | Prisma.TransactionClient, dialect: Dialect, env: AuthEnv = readAuthEnv()) {
  return betterAuth({
    database: prismaAdapter(db, { provider: dialect }),
    secret: env.BETTER_AUTH_SECRET,
    baseURL: env.BETTER_AUTH_URL,
    // No public sign-up: accounts are made with `npm run user:add`. better-auth does not check
    // minPasswordLength on admin-created accounts; lib/auth/users.ts does.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    rateLimit: {
      // Its default is on only when NODE_ENV=production: on always, so tests see what users get.
      enabled: true,
      // In the store, so a restart does not reset a guesser's count.
      storage: 'database',
      customRules: { '/sign-in/email': SIGN_IN_LIMIT },
    },
    advanced: {
      // The limiter keys on this header's address. `next start` passes a client's own
      // X-Forwarded-For through (and fills it only when absent), so in production the reverse
      // proxy must set or overwrite this header; otherwise a client can rotate it to escape the limit.
      ipAddress: { ipAddressHeaders: [env.TRUSTED_IP_HEADER] },
      // Cookies are HttpOnly and SameSite=Lax by default; Secure (and __Secure-) over https.
      useSecureCookies: env.BETTER_AUTH_URL.startsWith('https:'),
    },
    telemetry: { enabled: false },
    plugins: [
      admin({ roles: { editor: userAc, admin: adminAc }, defaultRole: 'editor', adminRoles: ['admin'] }),
      // Last, as it must be: lets a server action write a refreshed session cookie, and stops a
      // server component's render from refreshing a session whose cookie it cannot write.
      nextCookies(),
    ],
  });
}
