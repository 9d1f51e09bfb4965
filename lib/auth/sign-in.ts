import { z } from 'zod';
import { safeNext } from './next-path';

/** Why a sign-in failed, as the sign-in page's `?error=` names it. */
const signInErrors = ['invalid', 'too-many', 'disabled', 'failed'] as const;
export type SignInError = (typeof signInErrors)[number];

/** better-auth's answer to a failed sign-in, as one of ours. */
export function signInError(status: number, code: unknown): SignInError {
  if (status === 429) return 'too-many';
  if (status === 403 && code === 'BANNED_USER') return 'disabled';
  // 401 for a wrong email or password, 400 for one that is empty or not an email.
  if (status === 400 || status === 401) return 'invalid';
  return 'failed';
}

/** The last of a repeated query value, as Next's own matchers read one. */
const last = (v: unknown) => (Array.isArray(v) ? v.at(-1) : v);

/** The sign-in page's query: why the last attempt failed, how long to wait, and where to go next. */
export const signInQuerySchema = z.object({
  error: z.preprocess(last, z.enum(signInErrors).optional()).catch(undefined),
  retry: z.preprocess(last, z.coerce.number().int().min(1).max(3600).optional()).catch(undefined),
  next: z
    .unknown()
    .optional()
    .transform((v) => safeNext(last(v))),
});
