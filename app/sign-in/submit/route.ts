import { callAuth, fromOwnPages, seeOther } from '@/lib/auth/forward';
import { safeNext } from '@/lib/auth/next-path';
import { originRefused } from '@/lib/auth/origin';
import { signInError } from '@/lib/auth/sign-in';

/**
 * The sign-in form's POST (app/sign-in/page.tsx): checks the email and password through
 * better-auth's own route (rate-limited, lib/auth/forward.ts), then goes on to `next` with the
 * session cookie, or back to the form saying why not. Works without JavaScript.
 */
export async function POST(request: Request) {
  if (!fromOwnPages(request)) return originRefused();
  const form = await request.formData().catch(() => new FormData());
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const next = safeNext(field('next'));

  const answer = await callAuth('/sign-in/email', request, {
    email: field('email').trim(),
    password: field('password'),
  });
  if (answer.ok) return seeOther(next, answer);

  const body = (await answer.json().catch(() => null)) as { code?: unknown } | null;
  const error = signInError(answer.status, body?.code);
  const query = new URLSearchParams({ error, next });
  const retry = answer.headers.get('x-retry-after');
  if (error === 'too-many' && retry) query.set('retry', retry);
  return seeOther(`/sign-in?${query}`);
}
