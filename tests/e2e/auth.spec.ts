import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { createDb } from '../../lib/db';
import { expect, test } from './fixtures';
import {
  ADMIN,
  APP_ORIGIN,
  DISABLED,
  EDITOR,
  EDITOR_STORE_URL,
  freshClientAddress,
  PASSWORD,
  signIn,
  signInRequest,
} from './users';

/**
 * Signing in and out (docs/decisions/014-accounts-and-sign-in.md): the form with and without
 * JavaScript, its messages, where it goes next, the session cookie, the rate limit, disabled
 * accounts, expired sessions, and mutations from anywhere but the app's own pages.
 */
const db = createDb(EDITOR_STORE_URL);
test.afterAll(() => db.$disconnect());

const COOKIE = 'better-auth.session_token';
const sessionCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === COOKIE);
/** The session token a cookie carries: `<token>.<signature>`, URL-encoded. */
const tokenOf = (value: string) => decodeURIComponent(value).split('.')[0]!;
const currentUser = async (request: APIRequestContext) =>
  ((await (await request.get('/api/auth/get-session')).json()) as { user: { email: string } } | null)?.user.email ??
  null;

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('an editor signs in through the form, lands on `next`, and signs out', async ({ page, context }) => {
      await signIn(page, EDITOR, '/about');
      await expect(page).toHaveURL(`${APP_ORIGIN}/about`);
      const cookie = await sessionCookie(context);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
      const token = tokenOf(cookie!.value);
      expect(await db.session.findUnique({ where: { token } })).not.toBeNull();
      expect(await currentUser(page.request)).toBe(EDITOR);

      await page.goto('/sign-in');
      await expect(page.getByText(`You are signed in as ${EDITOR} (editor).`)).toBeVisible();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(`${APP_ORIGIN}/`);
      expect(await sessionCookie(context)).toBeUndefined();
      expect(await db.session.findUnique({ where: { token } })).toBeNull();
      expect(await currentUser(page.request)).toBeNull();
    });

    test('a wrong password says so, keeps `next`, and the right one then goes there', async ({ page, context }) => {
      await signIn(page, EDITOR, '/councils', { password: 'not-the-password' });
      await expect(page).toHaveURL(`${APP_ORIGIN}/sign-in?error=invalid&next=%2Fcouncils`);
      await expect(page.getByText('The email or password is not right. Check both and try again.')).toBeVisible();
      await expect(page.getByLabel('Email')).toHaveAttribute('aria-describedby', 'sign-in-error');
      expect(await sessionCookie(context)).toBeUndefined();

      await page.getByLabel('Email').fill(EDITOR);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(`${APP_ORIGIN}/councils`);
      expect(await currentUser(page.request)).toBe(EDITOR);
    });
  });
}

test('an admin signs in too', async ({ page }) => {
  await signIn(page, ADMIN, '/about');
  await expect(page).toHaveURL(`${APP_ORIGIN}/about`);
  expect(await currentUser(page.request)).toBe(ADMIN);
});

test('a disabled account cannot sign in, and is told so', async ({ page, context, request }) => {
  await signIn(page, DISABLED, '/about');
  await expect(page).toHaveURL(`${APP_ORIGIN}/sign-in?error=disabled&next=%2Fabout`);
  await expect(page.getByText('This account is disabled. Ask an admin if you think it should not be.')).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();
  await expect(signInRequest(request, DISABLED)).rejects.toThrow(/answered 403: .*BANNED_USER/);
  expect(await db.session.count({ where: { user: { email: DISABLED } } })).toBe(0);
});

test.describe('`next`', () => {
  const submit = (request: APIRequestContext, next: string) =>
    request.post('/sign-in/submit', {
      headers: { origin: APP_ORIGIN, 'x-forwarded-for': freshClientAddress() },
      form: { email: EDITOR, password: PASSWORD, next },
      maxRedirects: 0,
    });

  for (const offSite of ['https://evil.example/editor', '//evil.example/editor', '/\\evil.example', 'editor']) {
    test(`is ignored when it could leave the site: ${offSite}`, async ({ request }) => {
      const response = await submit(request, offSite);
      expect(response.status()).toBe(303);
      expect(response.headers().location).toBe('/editor');
    });
  }

  test('is honoured when it is a path on the site, and the session cookie is HttpOnly and SameSite=Lax', async ({
    request,
  }) => {
    const response = await submit(request, '/compare?a=welwyn-hatfield&b=hertsmere');
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/compare?a=welwyn-hatfield&b=hertsmere');
    const setCookie = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie');
    const session = setCookie.find((h) => h.value.startsWith(`${COOKIE}=`))?.value;
    expect(session).toMatch(/; HttpOnly(;|$)/i);
    expect(session).toMatch(/; SameSite=Lax(;|$)/i);
    expect(session).toMatch(/; Path=\/(;|$)/i);
    // Plain http here (BETTER_AUTH_URL in serve.ts): Secure only when the app's address is https.
    expect(session).not.toMatch(/; Secure/i);
  });

  test('an off-site `next` on the form’s address is not put in the form', async ({ page }) => {
    await page.goto('/sign-in?next=https%3A%2F%2Fevil.example%2F');
    await expect(page.locator('input[name="next"]')).toHaveValue('/editor');
  });
});

test('the 11th sign-in attempt in a minute from one address answers 429, even with the right password', async ({
  request,
  page,
}) => {
  // A client address of this test's own (X-Forwarded-For, as a proxy sets it): the limiter counts
  // per address, so this test neither locks out the other tests' browsers nor is helped by them.
  const address = freshClientAddress();
  const attempt = (password: string, from = address) =>
    request.post('/api/auth/sign-in/email', {
      headers: { origin: APP_ORIGIN, 'x-forwarded-for': from },
      data: { email: EDITOR, password },
    });
  for (let i = 1; i <= 10; i++) expect((await attempt('not-the-password')).status(), `attempt ${i}`).toBe(401);
  const eleventh = await attempt(PASSWORD);
  expect(eleventh.status()).toBe(429);
  expect(Number(eleventh.headers()['x-retry-after'])).toBeGreaterThan(0);
  // Another address is not held back.
  expect((await attempt(PASSWORD, freshClientAddress())).status()).toBe(200);

  // The form, from the same address, says to wait.
  await signIn(page, EDITOR, '/about', { clientAddress: address });
  await expect(page).toHaveURL(/\/sign-in\?error=too-many&next=%2Fabout&retry=\d+$/);
  await expect(page.getByText(/^Too many attempts to sign in\. Wait \d+ seconds?, then try again\.$/)).toBeVisible();
});

test('there is no public sign-up', async ({ request }) => {
  const response = await request.post('/api/auth/sign-up/email', {
    headers: { origin: APP_ORIGIN, 'x-forwarded-for': freshClientAddress() },
    data: { email: 'new@example.org', password: PASSWORD, name: 'New' },
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ code: 'EMAIL_PASSWORD_SIGN_UP_DISABLED' });
  expect(await db.user.count({ where: { email: 'new@example.org' } })).toBe(0);
});

test('an admin’s session cannot reach the account routes over HTTP: accounts are managed on the command line', async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  await signInRequest(request, ADMIN);
  const headers = { origin: APP_ORIGIN };
  for (const path of ['create-user', 'set-user-password', 'impersonate-user', 'unban-user', 'list-users']) {
    const response = await request.post(`/api/auth/admin/${path}`, {
      headers,
      data: {
        email: 'made@example.org',
        password: PASSWORD,
        name: 'Made',
        role: 'admin',
        userId: 'x',
        newPassword: PASSWORD,
      },
    });
    expect(response.status(), path).toBe(404);
  }
  expect((await request.get('/api/auth/admin/list-users', { headers })).status()).toBe(404);
  expect(await db.user.count({ where: { email: 'made@example.org' } })).toBe(0);
  // The session itself works: the same context reads it.
  expect((await (await request.get('/api/auth/get-session')).json())?.user?.email).toBe(ADMIN);
  await request.dispose();
});

test.describe('an expired or missing session', () => {
  // /editor is another part of issue 11: these fail until it exists.
  test('/editor sends a visitor who is not signed in to sign in', async ({ page }) => {
    await page.goto('/editor');
    await expect(page).toHaveURL(`${APP_ORIGIN}/sign-in?next=%2Feditor`);
  });

  test('/editor sends an expired session to sign in', async ({ page }) => {
    const token = await signInRequest(page.request, EDITOR);
    expect(await currentUser(page.request)).toBe(EDITOR);
    await db.session.update({ where: { token }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect(await currentUser(page.request)).toBeNull();
    await page.goto('/editor');
    await expect(page).toHaveURL(`${APP_ORIGIN}/sign-in?next=%2Feditor`);
  });
});

test.describe('a mutation from anywhere but the app’s own pages', () => {
  const ORIGINS = [
    ['another site', 'https://evil.example'],
    ['Origin null', 'null'],
    ['no Origin', undefined],
  ] as const;

  for (const [label, origin] of ORIGINS) {
    test(`${label}: 403, plain text, and nothing changes`, async ({ request }) => {
      const token = await signInRequest(request, EDITOR);
      const headers: Record<string, string> = origin === undefined ? {} : { origin };
      for (const path of ['/sign-in/submit', '/sign-out', '/editor', '/editor/new', '/editor/articles/1']) {
        const response = await request.post(path, {
          // The shape of a server action's post, which Next itself would answer with a 500.
          headers: { ...headers, 'next-action': '0'.repeat(42) },
          form: { email: ADMIN, password: PASSWORD, next: '/about' },
          maxRedirects: 0,
        });
        expect(response.status(), path).toBe(403);
        expect(response.headers()['content-type'], path).toBe('text/plain; charset=utf-8');
        expect(response.headers()['set-cookie'], path).toBeUndefined();
      }
      // Not signed out by another site, and not signed in as anyone else.
      expect(await db.session.findUnique({ where: { token } })).not.toBeNull();
      expect(await currentUser(request)).toBe(EDITOR);
    });
  }

  test('the same posts from the app’s own origin get through', async ({ request }) => {
    await signInRequest(request, EDITOR);
    const response = await request.post('/sign-out', { headers: { origin: APP_ORIGIN }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/');
    expect(await currentUser(request)).toBeNull();
  });
});
