import { join } from 'node:path';
import { expect, PAGES, seriousViolations, test } from './fixtures';

for (const { name, path, status, figures } of PAGES) {
  test.describe(`${name} page`, () => {
    // The browser reports an error status as a console error: expected here, and only that one.
    if (status !== 200) test.use({ allowedConsole: [new RegExp(`status of ${status}`)] });

    test('has no serious accessibility violations and no console errors', async ({ page }) => {
      expect((await page.goto(path))?.status()).toBe(status);
      await expect(page.locator('h1')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('has a title and a description', async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(/Council CCTV spending/);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    });

    test('reads at 360 px without sideways scrolling of the page, and is screenshotted', async ({ page }, info) => {
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.waitForLoadState('load');
        if (await page.locator('.chart-box').count())
          await page.locator('.chart-box .recharts-surface').first().waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: join(info.project.outputDir, 'screenshots', `${name}-${width}.png`),
          fullPage: true,
        });
      }
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('shows its numbers', async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('h1')).toBeVisible();
        if (figures) await expect(page.locator('main')).toContainText('£');
      });
    });
  });
}

test('charts do not shift the layout as they load', async ({ page }) => {
  await page.goto('/councils/welwyn-hatfield');
  const cls = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!e.hadRecentInput) total += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 1000);
      }),
  );
  expect(cls).toBeLessThan(0.01);
});

// The seed's citation comes from its sidecar (seeds/000_306cc6ddef71cacb.json); after ingest every
// one of its figures is unchecked, so each carries the marker.
const SEED_PUBLISHER = 'Welwyn Hatfield Times';
const SEED_URL = 'https://www.whtimes.co.uk/news/welwyn-hatfield-council-spending-5624078';
const UNCHECKED = 'machine-read, not yet checked';

test.describe('citations and review markers', () => {
  for (const path of ['/', '/councils/welwyn-hatfield', '/england', '/compare?a=welwyn-hatfield&b=hertsmere']) {
    test(`${path} cites the seed by its publisher and marks its figures as unchecked`, async ({ page }) => {
      await page.goto(path);
      const main = page.locator('main');
      await expect(main.getByRole('link', { name: SEED_PUBLISHER, exact: true }).first()).toHaveAttribute(
        'href',
        SEED_URL,
      );
      await expect(main.getByRole('link', { name: 'source sentence', exact: true }).first()).toHaveAttribute(
        'href',
        /^\/sources\/[a-z0-9-]+#fact-\d+$/,
      );
      const marker = main.getByRole('link', { name: UNCHECKED, exact: true }).first();
      await expect(marker).toBeVisible();
      await expect(marker).toHaveAttribute('href', '/about#machine-read');
      // A citation is a publisher, never a file path.
      await expect(main).not.toContainText('.txt');
    });
  }

  test('a council cites each figure as publisher, year and source sentence, and points editors to the queue', async ({
    page,
  }) => {
    await page.goto('/councils/welwyn-hatfield');
    const row = page.getByRole('table', { name: /Actual spend and budget/ }).getByRole('row', { name: /2017-18/ });
    await expect(row).toContainText('£83,000');
    await expect(row).toContainText(UNCHECKED);
    await expect(row).toContainText(`${SEED_PUBLISHER}, 2017-18 · source sentence`);
    const item = page.locator('.facts-list li').filter({ hasText: 'Actual spend, 2017-18: £83,000' });
    await expect(item).toContainText(UNCHECKED);
    await expect(item).toContainText(`${SEED_PUBLISHER}, 2017-18 · source sentence`);
    await expect(page.getByText('6 figures on this page are machine-read and not yet checked.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Editors: review them' })).toHaveAttribute(
      'href',
      '/editor?council=welwyn-hatfield',
    );
  });

  test('the source page gives the full citation and each figure’s status', async ({ page, request }) => {
    const councils = await (await request.get('/api/councils')).json();
    const slug: string = councils.england.source.article;
    await page.goto(`/sources/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Article from ${SEED_PUBLISHER}`);
    const citation = page.locator('dl.citation-details');
    await expect(citation).toContainText(SEED_PUBLISHER);
    await expect(citation).toContainText('date unknown');
    await expect(citation.getByRole('link', { name: SEED_URL })).toHaveAttribute('href', SEED_URL);
    await expect(citation).toContainText('Added here');
    const figures = page.locator('.source-figures li');
    await expect(figures).toHaveCount(13);
    await expect(figures.filter({ hasText: `Status: ${UNCHECKED}` })).toHaveCount(13);
    await expect(page.locator('mark.fact')).toHaveCount(12); // "£107,000" carries two facts
    await expect(page.getByRole('heading', { name: 'Rejected readings' })).toHaveCount(0);
  });

  test('the about page explains machine-read figures', async ({ page }) => {
    await page.goto('/about#machine-read');
    await expect(page.locator('#machine-read')).toBeVisible();
    await expect(page.locator('main')).toContainText('PUBLISH_UNCHECKED');
  });
});
