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
