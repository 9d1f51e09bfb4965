import { expect, test } from './fixtures';

test.describe('a reporter browsing trends', () => {
  test('goes from the overview to a council and reads the chart and the table', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What councils spend on CCTV');
    await expect(page.getByText('more than £78,000,000', { exact: false }).first()).toBeVisible();
    const spendTable = page.getByRole('table', { name: /Actual spend on CCTV by financial year/ });
    await expect(spendTable.getByRole('row', { name: /Hertsmere/ })).toContainText('£129,000');
    await expect(page.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle').first()).toBeVisible();

    await page.getByRole('link', { name: 'Welwyn Hatfield', exact: true }).first().click();
    await expect(page).toHaveURL(/\/councils\/welwyn-hatfield$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welwyn Hatfield');

    const table = page.getByRole('table', { name: /Actual spend and budget/ });
    await expect(table.getByRole('row', { name: /2015-16/ })).toContainText('£107,000');
    await expect(table.getByRole('row', { name: /2016-17/ })).toContainText('£107,000');
    await expect(table.getByRole('row', { name: /2017-18/ })).toContainText('£83,000');
    await expect(table.getByRole('row', { name: /2018-19/ })).toContainText('£99,000');
    await expect(page.getByText('30 camera sites').first()).toBeVisible();
    await expect(page.getByText('176', { exact: true })).toBeVisible();

    // The chart draws three actual bars and one budget bar, labelled in its legend.
    const chart = page.locator('.chart-box');
    await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(4);
    await expect(chart.getByText('Welwyn Hatfield: actual spend')).toBeVisible();
    await expect(chart.getByText('Welwyn Hatfield: budget')).toBeVisible();
  });

  test('follows a figure to its source sentence and back', async ({ page }) => {
    await page.goto('/councils/welwyn-hatfield');
    const item = page.locator('.facts-list li').filter({ hasText: 'Actual spend, 2017-18: £83,000' });
    await expect(item.locator('blockquote')).toContainText('Government figures show the council spent £83,000');
    await item.getByRole('link', { name: 'source sentence' }).click();
    await expect(page).toHaveURL(/\/sources\/welwyn-hatfield-times-9c7b9525#fact-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toHaveText('£83,000');

    // A client-side navigation (a Next Link) into a source page, through proxy.ts, lands too.
    await page.goto('/councils/hertsmere');
    await page
      .getByRole('region', { name: 'Spend and budget by year' })
      .getByRole('link', { name: 'source' })
      .first()
      .click();
    await expect(page).toHaveURL(/\/sources\/welwyn-hatfield-times-9c7b9525#fact-\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Welwyn Hatfield');

    // Every highlight links back to the page that uses it.
    const marks = page.locator('mark.fact');
    await expect(marks).toHaveCount(12); // 13 facts; "£107,000" carries two of them
    await marks.filter({ hasText: '£129,000' }).getByRole('link').click();
    await expect(page).toHaveURL(/\/councils\/hertsmere#fact-\d+$/);
    const back = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${back}"]`)).toContainText('Actual spend, 2016-17: £129,000');
  });
});

test.describe('a resident looking for their council', () => {
  test('finds every council A to Z, each amount linked to its sentence', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'See every council, A to Z' }).click();
    await expect(page).toHaveURL(/\/councils$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every council A to Z');
    const table = page.getByRole('table', { name: /Every council in the sources, A to Z/ });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('row').nth(1)).toContainText('Hertsmere');
    const welwyn = table.getByRole('row', { name: /Welwyn Hatfield/ });
    await expect(welwyn).toContainText('£83,000');
    await expect(welwyn).toContainText('2017-18');
    await welwyn.getByRole('link', { name: '£83,000' }).click();
    await expect(page).toHaveURL(/\/sources\/welwyn-hatfield-times-9c7b9525#fact-\d+$/);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('finds a council with the search form', async ({ page }) => {
      await page.goto('/');
      const form = page.getByRole('search', { name: 'Find a council' });
      await form.getByRole('searchbox', { name: 'Council name' }).fill('hertsm');
      await form.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/councils\?q=hertsm$/);
      await page.getByRole('link', { name: 'Hertsmere', exact: true }).click();
      await expect(page).toHaveURL(/\/councils\/hertsmere$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hertsmere');
    });

    test('old links to the find form still lead to the council, or to the A to Z list', async ({ page }) => {
      await page.goto('/councils/find?council=hertsmere');
      await expect(page).toHaveURL(/\/councils\/hertsmere$/);
      for (const query of ['', '?council=']) {
        await page.goto(`/councils/find${query}`);
        await expect(page, query).toHaveURL(/\/councils$/);
      }
    });
  });
});

test.describe('an officer comparing two councils', () => {
  test('chooses two councils in the form and sees both series and the differences', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First council').selectOption({ label: 'Welwyn Hatfield' });
    await page.getByLabel('Second council').selectOption({ label: 'Hertsmere' });
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\/compare\?a=welwyn-hatfield&b=hertsmere$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welwyn Hatfield and Hertsmere');
    const row = page
      .getByRole('table', { name: /Spend and budget by financial year/ })
      .getByRole('row', { name: /2016-17/ });
    await expect(row).toContainText('£107,000');
    await expect(row).toContainText('£129,000');
    await expect(row).toContainText('£22,000');
    await expect(row).toContainText('+20.6%');
    const chart = page.locator('.chart-box');
    await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(8);
    for (const label of [
      'Welwyn Hatfield: actual spend',
      'Hertsmere: actual spend',
      'Welwyn Hatfield: budget',
      'Hertsmere: budget',
    ]) {
      await expect(chart.getByText(label)).toBeVisible();
    }
    const counts = page.getByRole('table', { name: /different units/ });
    await expect(counts.getByRole('row', { name: /^Welwyn Hatfield/ })).toContainText('30 camera sites');
    await expect(counts.getByRole('row', { name: /Hertsmere/ })).toContainText('23 cameras');

    await page.getByRole('link', { name: 'Swap sides' }).click();
    await expect(page).toHaveURL(/\/compare\?a=hertsmere&b=welwyn-hatfield$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hertsmere and Welwyn Hatfield');
    await page.getByRole('link', { name: 'Compare Hertsmere with another council' }).click();
    await expect(page).toHaveURL(/\/councils\/hertsmere#compare-with$/);
    await expect(page.getByLabel('Compare Hertsmere with')).toBeVisible();
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('compares with the plain form', async ({ page }) => {
      await page.goto('/compare');
      await page.getByLabel('First council').selectOption('hertsmere');
      await page.getByLabel('Second council').selectOption('welwyn-hatfield');
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect(page).toHaveURL(/\/compare\?a=hertsmere&b=welwyn-hatfield$/);
      const row = page.getByRole('row', { name: /2016-17/ }).first();
      await expect(row).toContainText('£129,000');
      await expect(row).toContainText('£107,000');
      await expect(row).toContainText('£22,000');
    });
  });

  test('reaches and submits the compare form by keyboard alone', async ({ page }) => {
    await page.goto('/councils/hertsmere');
    const select = page.getByLabel('Compare Hertsmere with');
    for (let i = 0; i < 60 && !(await select.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(select).toBeFocused();
    await select.selectOption('welwyn-hatfield'); // what arrow keys do on a focused select
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Compare' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\?a=hertsmere&b=welwyn-hatfield$/);
  });
});

test.describe('a reader looking at England', () => {
  test('sees the England total with its bound and its sentence', async ({ page }) => {
    await page.goto('/england');
    const total = page.locator('.facts-list li').filter({ hasText: '2017-18: more than £78,000,000' });
    await expect(total).toBeVisible();
    await expect(total.locator('blockquote')).toContainText(
      'councils in England spent more than £78 million on CCTV cameras last year',
    );
    await expect(page.getByText('176 councils spent more than Welwyn Hatfield in 2017-18')).toBeVisible();
    await expect(page.getByText('6 councils spent more than £1,000,000 in 2017-18')).toBeVisible();
    const share = page.getByRole('table', { name: /share of England/ });
    await expect(share.getByRole('row', { name: /^Welwyn Hatfield/ })).toContainText('less than 0.11%');
  });
});

test.describe('bad addresses', () => {
  test.use({ allowedConsole: [/status of 40[04]/] });

  test('an unknown council, article or pair is a 404 with a way back', async ({ page }) => {
    const response = await page.goto('/councils/atlantis');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council not found');
    expect((await page.goto('/sources/nope'))?.status()).toBe(404);
    expect((await page.goto('/compare?a=atlantis&b=hertsmere'))?.status()).toBe(404);
    await expect(page.getByRole('status')).toContainText('We have no figures for one of the councils');
    await expect(page.getByRole('button', { name: 'Compare' })).toBeVisible();
  });

  test('a malformed council or article in the path is a 400 that says so, with the form', async ({ page }) => {
    const cases = [
      ['/councils/..%2F..%2Fetc%2Fpasswd', 'not a council’s address'],
      ['/councils/%00', 'not a council’s address'],
      ['/councils/Hertsmere', 'not a council’s address'],
      ['/councils/find?council=..%2Fetc', 'not a council we can look up'],
      [`/councils/find?council=${'x'.repeat(300)}`, 'not a council we can look up'],
    ] as const;
    for (const [path, message] of cases) {
      expect((await page.goto(path))?.status(), path).toBe(400);
      await expect(page.getByRole('status').first()).toContainText(message);
      await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
    }
    expect((await page.goto('/sources/%00'))?.status()).toBe(400);
    await expect(page.getByRole('status')).toContainText('not an article’s address');

    // The search form on the 400 page leads on.
    await page.goto('/councils/%00');
    await page.getByRole('combobox', { name: 'Council name' }).fill('hertsmere');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/councils\?q=hertsmere$/);
    await page.getByRole('link', { name: 'Hertsmere', exact: true }).click();
    await expect(page).toHaveURL(/\/councils\/hertsmere$/);
  });

  test('compare queries: a malformed one is a 400, an incomplete one a message, both with the form', async ({
    page,
  }) => {
    const cases = [
      ['/compare?a=hertsmere&b=hertsmere', 200, 'both choices are the same council'],
      ['/compare?a=hertsmere', 200, 'Choose two councils to compare'],
      ['/compare?a=%00&b=../../etc/passwd', 400, 'does not name two councils we know'],
      [`/compare?a=${'x'.repeat(5000)}&b=hertsmere&junk=1`, 400, 'does not name two councils we know'],
      ['/compare/%00/hertsmere', 400, 'does not name two councils we know'],
    ] as const;
    for (const [path, status, message] of cases) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(status);
      await expect(page.getByRole('status')).toContainText(message);
      await expect(page.getByRole('button', { name: 'Compare' })).toBeVisible();
    }
  });
});
