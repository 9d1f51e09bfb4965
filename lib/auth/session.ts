import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { cache } from 'react';
import { ROLES, type Role } from './config';
import { appOrigins, isSameOrigin } from './origin';
import { getAuth, getAuthEnv } from './server';

/**
 * The one way pages and mutations check who is asking. A page calls requireEditorPage; a server
 * action or route handler that changes anything calls requireEditorAction first.
 */

export type Editor = { id: string; email: string; name: string; role: Role };

type Access = { editor: Editor } | { editor: null; why: 'signed-out' | 'not-allowed' };

const isRole = (role: unknown): role is Role => ROLES.includes(role as Role);

/** The request's session, once per request however many components ask. */
const readAccess = cache(async (): Promise<Access> => {
  // better-auth answers null for no cookie, a bad signature, and an expired or deleted session.
  // headers() first: it marks the page as per-request before anything needs the auth settings.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return { editor: null, why: 'signed-out' };
  const { id, email, name, role, banned } = session.user;
  // A disabled account's sessions are deleted, but a ban made some other way would leave them.
  if (banned || !isRole(role)) return { editor: null, why: 'not-allowed' };
  return { editor: { id, email, name, role } };
});

/** The signed-in editor or admin; null when signed out, expired, disabled or of another role. */
export async function getEditor(): Promise<Editor | null> {
  return (await readAccess()).editor;
}

/** For a page: the editor, or a redirect to sign in and come back to `next` (this page's path). */
export async function requireEditorPage(next: string): Promise<Editor> {
  const editor = await getEditor();
  if (!editor) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return editor;
}

/**
 * For a mutation (server action or route handler): the editor, or an interrupt. Another site's
 * page, or a request with no Origin, gets forbidden() (403) before the session is even read;
 * no valid session gets unauthorized() (401); a disabled account or another role forbidden().
 * Needs `experimental.authInterrupts` (next.config.ts); app/unauthorized.tsx and app/forbidden.tsx
 * are what a browser then sees.
 */
export async function requireEditorAction(): Promise<Editor> {
  const origin = (await headers()).get('origin');
  if (!isSameOrigin(origin, appOrigins(getAuthEnv().BETTER_AUTH_URL))) forbidden();
  const access = await readAccess();
  if (access.editor) return access.editor;
  if (access.why === 'signed-out') unauthorized();
  forbidden();
}
