import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { createDb } from '../../lib/db';
import { expect, test } from './fixtures';
import { EDITOR, EDITOR_STORE_URL, MUTABLE_EDITOR, signIn, signInRequest } from './users';

/**
 * Every editor page and every mutation refuses a request without a session, with an expired one,
 * from another site, or from a disabled account, and writes nothing; a stale decision is refused
 * with a message; bad input is refused on the form. The store is the editor server's own.
 */
const db = createDb(EDITOR_STORE_URL);
test.afterAll(() => db.$disconnect());

const PAGES = ['/editor', '/editor/new', '/editor/articles/1'];
const SECURITY_PUBLISHER = 'Security Test Gazette';
/**
 * What a request could have written, scoped to this test (other tests write to the same store at
 * the same time): articles and facts of its own publisher, the state of the fact it decides, and
 * log entries about either.
 */
const writes = async ({ publisher, factId }: { publisher: string; factId?: number }) => ({
  articles: await db.article.count({ where: { publisher } }),
  facts: await db.fact.count({ where: { article: { publisher } } }),
  fact: factId
    ? await db.fact.findUnique({ where: { id: factId }, select: { status: true, version: true, decidedBy: true } })
    : null,
  audit: await db.auditEntry.count({
    where: { OR: [{ detail: { contains: JSON.stringify(publisher) } }, ...(factId ? [{ factId }] : [])] },
  }),
});

test.describe('editor pages', () => {
  for (const path of PAGES) {
    test(`${path} sends a visitor without a session to sign in`, async ({ request }) => {
      const res = await request.get(path, { maxRedirects: 0 });
      expect([303, 307]).toContain(res.status());
      expect(res.headers().location).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    });
  }

  test('an expired session is sent to sign in', async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    const token = await signInRequest(request, EDITOR);
    await db.session.updateMany({ where: { token }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const res = await request.get('/editor', { maxRedirects: 0 });
    expect(res.headers().location).toMatch(/^\/sign-in\?next=/);
    await request.dispose();
  });
});

/** A real submission of a form, captured as the browser sent it (JavaScript off), not sent. */
async function captureSubmission(page: Page, fill: () => Promise<void>, button: string) {
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route(
    (url) => url.pathname.startsWith('/editor'),
    async (route) => {
      const req = route.request();
      if (req.method() !== 'POST') return route.continue();
      captured = { url: req.url(), headers: await req.allHeaders(), body: req.postDataBuffer()! };
      await route.abort();
    },
  );
  await fill();
  await page
    .getByRole('button', { name: button })
    .click()
    .catch(() => {});
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute(() => true);
  return captured!;
}

async function replay(
  request: APIRequestContext,
  sub: { url: string; headers: Record<string, string>; body: Buffer },
  headers: Record<string, string | undefined>,
) {
  const h: Record<string, string> = { 'content-type': sub.headers['content-type']! };
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) h[k] = v;
  return request.post(sub.url, { headers: h, data: sub.body, maxRedirects: 0 });
}

test.describe('editor mutations', () => {
  test.use({ javaScriptEnabled: false });

  test('are refused without a session, with an expired one, from another site, or a disabled account', async ({
    page,
    playwright,
    baseURL,
  }) => {
    // Sign in as the account this test may disable, open an article's review, capture a decision.
    await signIn(page, MUTABLE_EDITOR, '/editor');
    const seed = await db.article.findFirstOrThrow({ orderBy: { id: 'asc' }, include: { facts: true } });
    const fact = seed.facts[0]!;
    await page.goto(`/editor/articles/${seed.id}`);
    const decide = await captureSubmission(
      page,
      () => page.locator(`#review-${fact.id}`).getByLabel('Confirm: the reading is right').check(),
      'Save decisions',
    );
    // A second page: the first is left on the error page the aborted post leads to.
    const second = await page.context().newPage();
    await second.goto('/editor/new');
    const paste = await captureSubmission(
      second,
      async () => {
        await second.getByLabel('Publisher (required)').fill(SECURITY_PUBLISHER);
        await second
          .getByLabel(/Paste the article/)
          .fill(`Watford Borough Council spent £51,000 on CCTV in 2019-20. ${randomUUID()}`);
      },
      'Preview',
    );
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const origin = new URL(baseURL!).origin;
    const request = await playwright.request.newContext();
    const scope = { publisher: SECURITY_PUBLISHER, factId: fact.id };
    const before = await writes(scope);

    for (const sub of [decide, paste]) {
      // No session at all.
      expect((await replay(request, sub, { origin })).status()).toBe(401);
      // Another site's page posting with the editor's cookie; no Origin; Origin null.
      expect((await replay(request, sub, { origin: 'https://evil.example', cookie })).status()).toBe(403);
      expect((await replay(request, sub, { cookie })).status()).toBe(403);
      expect((await replay(request, sub, { origin: 'null', cookie })).status()).toBe(403);
    }
    expect(await writes(scope)).toEqual(before);

    // A disabled account whose session somehow survives (its sessions are deleted on disable).
    const user = await db.user.findFirstOrThrow({ where: { email: MUTABLE_EDITOR } });
    await db.user.update({ where: { id: user.id }, data: { banned: true } });
    try {
      for (const sub of [decide, paste]) expect((await replay(request, sub, { origin, cookie })).status()).toBe(403);
      const res = await request.get('/editor', { headers: { cookie }, maxRedirects: 0 });
      expect(res.headers().location).toMatch(/^\/sign-in/);
    } finally {
      await db.user.update({ where: { id: user.id }, data: { banned: false } });
    }
    // Expired.
    const token = decodeURIComponent(cookie.match(/session_token=([^;.]+)/)![1]!);
    await db.session.updateMany({ where: { token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const sub of [decide, paste]) expect((await replay(request, sub, { origin, cookie })).status()).toBe(401);
    expect(await writes(scope)).toEqual(before);
    await request.dispose();
  });
});

test.describe('decisions', () => {
  test('a second decision on a fact already decided since the page was drawn is refused with a message', async ({
    browser,
  }) => {
    const seed = await db.article.findFirstOrThrow({
      orderBy: { id: 'asc' },
      include: { facts: { orderBy: { id: 'desc' } } },
    });
    const fact = seed.facts.find((f) => f.status === 'unchecked')!;
    const [a, b] = await Promise.all([browser.newPage(), browser.newPage()]);
    for (const p of [a, b]) {
      await signIn(p, EDITOR, `/editor/articles/${seed.id}`);
    }
    await a.locator(`#review-${fact.id}`).getByLabel('Confirm: the reading is right').check();
    await a.getByRole('button', { name: 'Save decisions' }).click();
    await expect(a.getByRole('status')).toContainText('Saved.');

    const group = b.locator(`#review-${fact.id}`);
    await group.getByLabel('Reject: not a figure to publish').check();
    await group.getByLabel('Reason (needed to reject)').fill('second opinion');
    await b.getByRole('button', { name: 'Save decisions' }).click();
    await expect(b.locator('.form-message')).toContainText('after you opened the page. Nothing was saved');
    expect(await db.fact.findUniqueOrThrow({ where: { id: fact.id } })).toMatchObject({
      status: 'confirmed',
      reason: null,
    });
    await Promise.all([a.close(), b.close()]);
  });
});

test('a publish after the text or date changed since the preview shows the new reading and writes nothing', async ({
  page,
}) => {
  await signIn(page, EDITOR, '/editor/new');
  const scope = { publisher: 'Changed Mind Weekly' };
  await page.getByLabel('Publisher (required)').fill(scope.publisher);
  await page
    .getByLabel(/Paste the article/)
    .fill(`Hertsmere council spent £117,000 on CCTV last year. ${randomUUID()}`);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: '0 figures to decide' })).toBeVisible();
  // The date settles "last year": the reading the editor saw no longer holds.
  await page.getByLabel(/Publication date/).fill('2019-05-02');
  const before = await writes(scope);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('.form-message')).toContainText('changed since the preview');
  await expect(page.getByRole('heading', { name: '1 figure to decide' })).toBeVisible();
  expect(await writes(scope)).toEqual(before);
  // Published as now previewed.
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toContainText('Published.');
  expect((await writes(scope)).articles).toBe(before.articles + 1);
});

test.describe('bad input on the paste form', () => {
  const CASES: Array<[string, (page: Page) => Promise<void>, RegExp]> = [
    ['empty text', async () => {}, /The pasted text is empty\./],
    ['a binary upload', (p) => upload(p, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), /is binary, not text/],
    ['an upload over 1 MB', (p) => upload(p, Buffer.alloc(1024 * 1024 + 10, 'a')), /articles may be at most 1 MB/],
    [
      'invalid UTF-8',
      (p) => upload(p, Buffer.from([0x43, 0x43, 0x54, 0x56, 0xff, 0xfe, 0x20])),
      /is not valid UTF-8 text/,
    ],
    [
      'a non-http URL',
      (p) => fillText(p, { url: 'javascript:alert(1)' }),
      /The URL must be a web address starting http/,
    ],
    ['an impossible date', (p) => fillText(p, { published: '2019-02-30' }), /The publication date must be a date/],
  ];
  async function upload(page: Page, buffer: Buffer) {
    await page.getByLabel(/upload a \.txt file/).setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer });
  }
  async function fillText(page: Page, fields: { url?: string; published?: string }) {
    await page.getByLabel(/Paste the article/).fill('Watford Borough Council spent £50,000 on CCTV in 2019-20.');
    if (fields.url) await page.getByLabel(/Address of the original/).fill(fields.url);
    if (fields.published) await page.getByLabel(/Publication date/).fill(fields.published);
  }

  for (const [name, fill, message] of CASES) {
    test(`${name} gets a message on the form and writes nothing`, async ({ page }) => {
      await signIn(page, EDITOR, '/editor/new');
      const scope = { publisher: `Bad Input Weekly (${name})` };
      await page.getByLabel('Publisher (required)').fill(scope.publisher);
      await fill(page);
      const before = await writes(scope);
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect(page.locator('.form-message')).toContainText('Nothing was saved');
      await expect(page.locator('.field-error')).toContainText(message);
      expect(await writes(scope)).toEqual(before);
    });
  }

  for (const [name, field, value, message] of [
    ['an unknown council in a correction', 'Council', 'Gotham City Council', /is not a council in our list/],
    ['a value that is not a whole number', /^Value/, '12.5', /must be a whole number/],
  ] as const) {
    test(`${name} gets a message beside the field and writes nothing`, async ({ page }) => {
      await signIn(page, EDITOR, '/editor/new');
      const scope = { publisher: `Bad Input Weekly (${name})` };
      await page.getByLabel('Publisher (required)').fill(scope.publisher);
      await page
        .getByLabel(/Paste the article/)
        .fill(`Watford Borough Council spent £50,000 on CCTV in 2019-20. ${randomUUID()}`);
      await page.getByRole('button', { name: 'Preview' }).click();
      const group = page.getByRole('group', { name: /Figure 1/ });
      await group.getByLabel('Correct it (below)').check();
      await group.getByText('Correction', { exact: true }).click();
      await group.getByLabel(field).fill(value);
      const before = await writes(scope);
      await page.getByRole('button', { name: 'Publish' }).click();
      await expect(page.locator('.form-message')).toContainText('Nothing was saved');
      await expect(group.locator('.field-error')).toContainText(message);
      // What was typed is still there.
      await expect(group.getByLabel(field)).toHaveValue(value);
      expect(await writes(scope)).toEqual(before);
    });
  }
});
