/**
 * The browser tests' accounts (tests/e2e/serve.ts makes them in the e2e store before the server
 * starts) and how a test signs in. Type imports only: serve.ts loads this file outside Playwright.
 */
import { randomInt } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';

/** Every account's password. */
export const PASSWORD = 'correct-horse-battery-staple';

export const EDITOR = 'editor@example.org';
export const ADMIN = 'admin@example.org';
/** Disabled before the server starts: it can never sign in. */
export const DISABLED = 'disabled@example.org';
/** An editor a test may disable or change (and must put back): leave EDITOR to everyone. */
export const MUTABLE_EDITOR = 'mutable-editor@example.org';

export const ACCOUNTS = [
  { email: EDITOR, role: 'editor', disabled: false },
  { email: ADMIN, role: 'admin', disabled: false },
  { email: DISABLED, role: 'editor', disabled: true },
  { email: MUTABLE_EDITOR, role: 'editor', disabled: false },
] as const;

export { EDITOR_STORE_URL } from './stores';

/**
 * The editors' server's origin (its BETTER_AUTH_URL in serve.ts: the public tests' port + 1):
 * what a browser on its pages sends as Origin.
 */
export const APP_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/**
 * A client address of the caller's own, for the header the sign-in rate limit counts by
 * (X-Forwarded-For, which `next start` passes through as a reverse proxy would set it). The limit
 * is 10 attempts a minute per address: without this, every test's browser would share 127.0.0.1
 * and the suite would lock itself out. 198.18.0.0/15 is reserved for testing.
 */
export function freshClientAddress(): string {
  return `198.${randomInt(18, 20)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/**
 * Signs in through the sign-in form, as a person would (with or without JavaScript), and waits
 * for the page the form goes to: `next` on success, the form with its message otherwise.
 */
export async function signIn(
  page: Page,
  email: string,
  next = '/editor',
  { password = PASSWORD, clientAddress = freshClientAddress() }: { password?: string; clientAddress?: string } = {},
): Promise<void> {
  // Replaces any extra headers the page had: only the address is needed from here on.
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': clientAddress });
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const form = page.url();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.href !== form);
}

/**
 * Signs in over HTTP (better-auth's own route), so that `request` holds the session cookie, and
 * returns the session's token (the session table's `token`). Throws when the sign-in is refused.
 */
export async function signInRequest(request: APIRequestContext, email: string, password = PASSWORD): Promise<string> {
  const response = await request.post('/api/auth/sign-in/email', {
    headers: { origin: APP_ORIGIN, 'x-forwarded-for': freshClientAddress() },
    data: { email, password },
  });
  if (!response.ok()) throw new Error(`sign-in as ${email} answered ${response.status()}: ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return token;
}
