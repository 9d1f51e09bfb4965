import { expect, seriousViolations, test } from './fixtures';

// The seed: Welwyn Hatfield spent £83,000 in 2017-18 and Hertsmere £117,000; England's total was
// "more than £78 million". Populations (mid-2020): Welwyn Hatfield 123,893, Hertsmere 105,471.
const PAIR = '/compare?a=welwyn-hatfield&b=hertsmere';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a council page gives its 2017-18 spend per resident and says which year the population is for', async ({
    page,
  }) => {
    await page.goto('/councils/welwyn-hatfield');
    const table = page.getByRole('table', { name: /Actual spend and budget/ });
    await expect(table.getByRole('caption')).toContainText('123,893 residents in mid-2020');
    const row = table.getByRole('row', { name: /2017-18/ });
    // £83,000 / 123,893 = 66.99 pence.
    await expect(row.getByRole('cell').nth(1)).toHaveText('67 pence');
    await expect(page.getByRole('region', { name: 'Per resident' })).toContainText(
      '67 pence spent per resident in 2017-18',
    );
    await expect(page.getByRole('note').filter({ hasText: 'single source' })).toContainText(
      'Every figure on this page comes from a single source',
    );
  });

  test('compare turns to per resident from a plain link, kept in the URL, and back', async ({ page }) => {
    await page.goto(PAIR);
    const toggle = page.getByRole('navigation', { name: 'Show the figures as' });
    await expect(toggle.getByRole('link', { name: 'Totals' })).toHaveAttribute('aria-current', 'page');
    await toggle.getByRole('link', { name: 'Per resident' }).click();
    await expect(page).toHaveURL(/[?&]per=resident(&|$)/);
    await expect(toggle.getByRole('link', { name: 'Per resident' })).toHaveAttribute('aria-current', 'page');
    const row = page.getByRole('table', { name: /per resident/ }).getByRole('row', { name: /2017-18/ });
    // Hertsmere: £117,000 / 105,471 = £1.109.
    await expect(row.getByRole('cell')).toHaveText([/^67 pence/, /^£1\.11/, /^\+44 pence/, '–', '–']);
    await expect(page.getByText('Welwyn Hatfield: 123,893 residents; Hertsmere: 105,471 residents.')).toBeVisible();
    // The same page from its address alone, as a link in a story would open it.
    await page.goto(`${PAIR}&per=resident`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welwyn Hatfield and Hertsmere');
    await expect(page.getByRole('columnheader', { name: 'Hertsmere spend per resident' })).toBeVisible();
    await toggle.getByRole('link', { name: 'Totals' }).click();
    await expect(page.getByRole('columnheader', { name: 'Hertsmere spend', exact: true })).toBeVisible();
  });

  test('the overview and England pages say how much of England the figures cover', async ({ page }) => {
    const coverage =
      'Figures for 2 of the 353 English councils of 2017-18; together £200,000, ' +
      'less than 0.26% of England’s total of more than £78,000,000.';
    await page.goto('/');
    await expect(page.locator('main')).toContainText(coverage);
    await expect(page.locator('main')).toContainText('more than £1.37 per resident of England');
    // The overview table: latest spend per resident, and each council's count per 10,000 in its own unit.
    const table = page.getByRole('table', { name: /Latest figures/ });
    await expect(table.getByRole('row', { name: /Welwyn Hatfield/ })).toContainText('67 pence');
    await expect(table.getByRole('row', { name: /Welwyn Hatfield/ })).toContainText(
      '2.4 camera sites per 10,000 residents',
    );
    await expect(table.getByRole('row', { name: /Hertsmere/ })).toContainText('2.2 cameras per 10,000 residents');
    await page.goto('/england');
    await expect(page.locator('main')).toContainText(coverage);
    await expect(page.locator('main')).toContainText('(more than £1.37 per resident)');
  });
});

for (const path of [PAIR, `${PAIR}&per=resident`]) {
  test(`compare at 360 px: nothing scrolls sideways, one block per year (${path})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    await page.locator('.chart-box .recharts-surface').first().waitFor();
    const sideways = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll('main *')]
        // What a reader could scroll: the page, or a box that scrolls (not one that clips, as the
        // table's visually hidden column headers do).
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
        .map((e) => `${e.tagName}.${e.className}`),
    );
    expect(sideways).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Each year is a block: its cells are stacked, each under its column's name.
    const row = page.getByRole('row', { name: /2017-18/ }).first();
    const cells = row.getByRole('cell');
    const [first, second] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(second?.y ?? 0).toBeGreaterThan(first?.y ?? 0);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the compare chart labels every year on its axis, wide and narrow', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAIR);
    await page.locator('.chart-box .recharts-surface').first().waitFor();
    const years = await page
      .getByRole('table', { name: /Spend and budget/ })
      .locator('tbody th')
      .allTextContents();
    // Recharts lays the axis out once it has measured the chart: the assertion waits for it.
    await expect(
      page.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'),
      `at ${width}px`,
    ).toHaveText(years);
  }
});
