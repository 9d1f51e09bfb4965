import type { Page, TestInfo } from '@playwright/test';
import { expect, seriousViolations, test } from './fixtures';
import { EDITOR, signIn } from './users';

/**
 * The data desk's journey: sign in, paste an article, correct one figure's council, reject another,
 * add one the parser missed, publish; the public pages then show the decisions at once. The same
 * journey with JavaScript off. Each run, and each retry, uses its own article address, so none meets another.
 */
const article = (tag: string) => `Councils across Hertfordshire spend heavily on CCTV (${tag})

Dacorum Borough Council spent £150,000 on CCTV in 2017-18, according to figures released this week.

Watford Borough Council spent £50,000 on CCTV in 2019-20.

The figure for Broxbourne was £12,345, a spokesman said.
`;

async function journey(page: Page, tag: string, js = true) {
  // axe runs in the page, so it scans only with JavaScript on.
  const scan = async (what: string) => {
    if (js) expect(await seriousViolations(page), what).toEqual([]);
  };
  await signIn(page, EDITOR, '/editor/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add an article');
  await page.getByLabel('Publisher (required)').fill('Hertfordshire Mercury');
  await page.getByLabel(/Address of the original/).fill(`https://example.org/herts-cctv-${tag}`);
  await page.getByLabel('Headline (optional)').fill(`Hertfordshire CCTV ${tag}`);
  await page
    .getByLabel('Paste the article\u2019s text')
    .or(page.getByLabel("Paste the article's text"))
    .fill(article(tag));
  await page.getByRole('button', { name: 'Preview' }).click();

  await expect(page.getByRole('heading', { name: '2 figures to decide' })).toBeVisible();
  await scan('the preview');
  // The parser's reading and why are shown for each figure.
  const dacorum = page.getByRole('group', { name: /Figure 1: “£150,000”/ });
  await expect(dacorum).toContainText('Actual spend, Dacorum, 2017-18: £150,000');
  await expect(dacorum).toContainText('council from “Dacorum Borough Council”');
  await dacorum.getByLabel('Correct it (below)').check();
  await dacorum.getByText('Correction', { exact: true }).click();
  await dacorum.getByLabel('Council').fill('St Albans');
  await dacorum.getByLabel('Reason (needed to reject)').fill('The story is about St Albans; Dacorum is its neighbour');

  const watford = page.getByRole('group', { name: /Figure 2: “£50,000”/ });
  await watford.getByLabel('Reject: not a figure to publish').check();
  await watford.getByLabel('Reason (needed to reject)').fill('A quote from a 2019 report, not this council’s spend');

  const add = page.getByRole('group', { name: 'New figure 1' });
  await add.getByLabel(/The figure as written/).fill('£12,345');
  await add.getByLabel('Council').fill('Broxbourne');
  await add.getByLabel('Financial year').selectOption('2019');
  await add.getByLabel('Measure').selectOption('spend');
  await add.getByLabel(/^Value/).fill('12345');
  await page.getByRole('button', { name: 'Publish' }).click();

  await expect(page.getByRole('status')).toContainText('Published.');
  await expect(page).toHaveURL(/\/editor\/articles\/\d+\?done=published$/);
  await scan('the review page');
  // The log names the editor for each action.
  const log = page.getByRole('region', { name: 'Log' });
  for (const action of ['article.added', 'fact.corrected', 'fact.rejected', 'fact.added']) {
    await expect(log).toContainText(`${EDITOR} · ${action}`);
  }
  const sourceHref = await page.getByRole('link', { name: 'public source page' }).getAttribute('href');

  // The council page shows the corrected figure at once, without the machine-read marker.
  await page.goto('/councils/st-albans');
  const row = page.getByRole('table', { name: /Actual spend and budget/ }).getByRole('row', { name: /2017-18/ });
  await expect(row).toContainText('£150,000');
  await expect(row).toContainText('Hertfordshire Mercury, 2017-18');
  await expect(row).not.toContainText('machine-read, not yet checked');
  // (England's own total, still unchecked, keeps its marker further down the page.)
  await expect(page.locator('.facts-list li').filter({ hasText: '£150,000' }).first()).not.toContainText(
    'not yet checked',
  );
  // The editor's own figure is published; the rejected one counts nowhere.
  await page.goto('/councils/broxbourne');
  await expect(page.locator('main')).toContainText('£12,345');

  // The source page shows the correction and the rejection, with their reasons.
  await page.goto(sourceHref!);
  const main = page.locator('main');
  await expect(main).toContainText('Hertfordshire Mercury');
  await expect(main).toContainText(/Read as Dacorum.s; corrected to St Albans/);
  await expect(main).toContainText('The story is about St Albans; Dacorum is its neighbour');
  await expect(main).toContainText('A quote from a 2019 report, not this council’s spend');
}

/**
 * Which attempt this is (retry, and repeat under --repeat-each): each adds the article under an
 * address of its own, since an earlier attempt may have published it, and deciding its figures a
 * second time is (rightly) refused as stale.
 */
const attempt = (info: TestInfo) => `${info.retry}.${info.repeatEachIndex}`;

test.describe('an editor', () => {
  test('finds the seed in the review queue, narrowed to a council from its page', async ({ page }) => {
    await signIn(page, EDITOR, '/editor');
    expect(await seriousViolations(page), 'the queue').toEqual([]);
    const queue = page.getByRole('table', { name: /Articles to review/ });
    const seed = queue.getByRole('row', { name: /Welwyn Hatfield Times/ });
    // Columns: article, added, unchecked figures, warnings, all figures.
    await expect(seed.getByRole('cell').nth(1)).toHaveText(/^[1-9]\d*$/);
    await page.goto('/councils/hertsmere');
    await page.getByRole('link', { name: /Editors: review them/ }).click();
    await expect(page).toHaveURL(/\/editor\?council=hertsmere$/);
    await expect(
      page.getByRole('table', { name: /Articles to review/ }).getByRole('row', { name: /Welwyn Hatfield Times/ }),
    ).toBeVisible();
    await page.goto('/editor?council=broxbourne');
    expect(await page.getByRole('table', { name: /Articles to review/ }).count()).toBe(0);
  });

  test('adds a missed figure by selecting it in the article', async ({ page }) => {
    await signIn(page, EDITOR, '/editor/new');
    await page.getByLabel('Publisher (required)').fill('Selection Times');
    await page.getByLabel(/Paste the article/).fill(article('select'));
    await page.getByRole('button', { name: 'Preview' }).click();
    const text = page.locator('[data-article-text]');
    await expect(text).toContainText('£12,345');
    // Select "£12,345" in the article as a mouse would.
    await text.evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent?.indexOf('£12,345') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + '£12,345'.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    });
    const add = page.getByRole('group', { name: 'New figure 1' });
    await expect(add.getByLabel(/The figure as written/)).toHaveValue('£12,345');
    const start = await add.locator('input[name="add.0.start"]').inputValue();
    expect(article('select').slice(Number(start), Number(start) + 7)).toBe('£12,345');
    await expect(add.getByLabel('Council')).toBeFocused();
  });

  test('adds an article, corrects, rejects and adds figures, and publishes', async ({ page }, testInfo) => {
    await journey(page, `js-${attempt(testInfo)}`);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('does the same with plain forms', async ({ page }, testInfo) => {
      await journey(page, `nojs-${attempt(testInfo)}`, false);
    });
  });
});
