import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every axe violation, of any impact, on the page as it is now. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const results = (page: Page) => page.getByRole('list', { name: /^Councils matching/ });

test.describe('finding a council without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/councils?q=welwyn lists Welwyn Hatfield as a link, with the form filled in', async ({ page }) => {
    expect((await page.goto('/councils?q=welwyn'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Councils matching “welwyn”');
    await expect(page.getByRole('searchbox', { name: 'Council name' })).toHaveValue('welwyn');
    const link = results(page).getByRole('link', { name: 'Welwyn Hatfield', exact: true });
    await expect(link).toHaveAttribute('href', '/councils/welwyn-hatfield');
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welwyn Hatfield');
  });

  test('searches from /councils with the plain form, by official name and other spellings', async ({ page }) => {
    await page.goto('/councils');
    await page.getByRole('searchbox', { name: 'Council name' }).fill('Hertsmere Borough Council');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/councils\?q=Hertsmere\+Borough\+Council$/);
    await expect(results(page).getByRole('link', { name: 'Hertsmere', exact: true })).toBeVisible();
    await page.goto(`/councils?q=${encodeURIComponent('WÉLWYN  hatfield')}`);
    await expect(results(page).getByRole('listitem').first()).toContainText('Welwyn Hatfield');
  });

  test('names councils with no figures without linking them, and says when they were abolished', async ({ page }) => {
    await page.goto('/councils?q=somerset');
    const items = results(page).getByRole('listitem');
    const county = items.filter({ hasText: 'Somerset County Council' });
    await expect(county).toContainText('Somerset (no figures in our sources yet)');
    await expect(county).toContainText('abolished 2023');
    await expect(results(page).getByRole('link')).toHaveCount(0);
    await expect(items.first()).toContainText('Somerset Council');
    await expect(items.first()).not.toContainText('abolished');
  });

  test('says plainly when nothing matches, or nothing was typed', async ({ page }) => {
    await page.goto('/councils?q=atlantis');
    await expect(page.getByRole('status')).toHaveText(/^No council matches “atlantis”/);
    await page.goto('/councils?q=+++');
    await expect(page.getByRole('status')).toContainText('Type part of a council’s name');
    // An empty q is not rewritten to the search page: it is the list itself, with the form.
    await page.goto('/councils?q=');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every council A to Z');
  });

  test.describe('malformed searches and orders', () => {
    test.use({ allowedConsole: [/status of 40[04]/] });

    test('a search too long or with control characters is a 400 that says why, with the form', async ({ page }) => {
      for (const q of ['w'.repeat(101), 'welwyn%00', 'welwyn%0Ahatfield']) {
        expect((await page.goto(`/councils?q=${q}`))?.status(), q).toBe(400);
        await expect(page.getByRole('status')).toContainText('a search is at most 100 characters');
        await expect(page.getByRole('searchbox', { name: 'Council name' })).toBeVisible();
      }
    });

    test('an order that is not one is a 400 listing the orders', async ({ page }) => {
      expect((await page.goto('/councils?sort=..%2Fetc'))?.status()).toBe(400);
      await expect(page.getByRole('status')).toContainText('not an order the list of councils can be sorted in');
      await expect(page.getByRole('link', { name: 'Camera sites' })).toHaveAttribute(
        'href',
        '/councils?sort=camera-sites',
      );
    });
  });
});

test.describe('an unknown order', () => {
  // Like /councils/atlantis, a 404 of a cached route is drawn by the browser's script.
  test.use({ allowedConsole: [/status of 404/] });

  test('is a 404 listing the orders there are', async ({ page }) => {
    expect((await page.goto('/councils?sort=per-planet'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such order');
    await expect(page.getByRole('link', { name: 'Latest spend' })).toHaveAttribute('href', '/councils?sort=spend');
  });
});

test.describe('suggestions as you type', () => {
  test('are reachable and chosen with the keyboard alone: ArrowDown, then Enter', async ({ page }) => {
    await page.goto('/councils');
    const box = page.getByRole('combobox', { name: 'Council name' });
    for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(box).toBeFocused();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.type('welw');
    const listbox = page.getByRole('listbox', { name: 'Suggested councils' });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(/^1 council matches\./);
    await page.keyboard.press('ArrowDown');
    const option = listbox.getByRole('option', { name: /^Welwyn Hatfield/ });
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/councils\/welwyn-hatfield$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welwyn Hatfield');
  });

  test('move with the arrows, close with Escape, and leave Enter to the form when none is chosen', async ({ page }) => {
    await page.goto('/councils');
    const box = page.getByRole('combobox', { name: 'Council name' });
    await box.focus();
    await page.keyboard.type('north');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options).toHaveCount(8);
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toContainText('8 of');
    await page.keyboard.press('ArrowUp'); // from the input: the last one
    await expect(options.nth(7)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown'); // past the last: the first
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(7)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).not.toHaveAttribute('aria-activedescendant');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/councils\?q=north$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Councils matching “north”');
  });

  test('a council with no figures leads to the search page, not to a dead link', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Council name' }).focus();
    await page.keyboard.type('allerdale');
    const option = page.getByRole('option', { name: /^Allerdale/ });
    await expect(option).toContainText('no figures yet, abolished 2023');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/councils\?q=Allerdale$/);
    await expect(page.getByRole('listitem').filter({ hasText: 'Allerdale' })).toContainText(
      'no figures in our sources yet',
    );
  });

  test('axe finds nothing on the results page, nor with the suggestions open', async ({ page }) => {
    await page.goto('/councils?q=welwyn');
    expect(await violations(page)).toEqual([]);
    const box = page.getByRole('combobox', { name: 'Council name' });
    await box.fill('');
    await box.pressSequentially('hert');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('sorting /councils', () => {
  const rowNames = (page: Page) => page.getByRole('table').getByRole('row').locator('th[scope=row]').allTextContents();

  test('ranks by latest spend, cameras and camera sites apart, those without the figure last', async ({ page }) => {
    await page.goto('/councils');
    await expect(page.getByRole('link', { name: 'A to Z' })).toHaveAttribute('aria-current', 'page');
    expect(await rowNames(page)).toEqual(['Hertsmere', 'Welwyn Hatfield']);
    await expect(page.getByRole('columnheader', { name: 'Council' })).toHaveAttribute('aria-sort', 'ascending');

    await page.getByRole('link', { name: 'Latest spend' }).click();
    await expect(page).toHaveURL(/\/councils\?sort=spend$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Councils by latest spend');
    await expect(page.getByRole('link', { name: 'Latest spend' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'A to Z' })).not.toHaveAttribute('aria-current');
    await expect(page.getByRole('columnheader', { name: 'Latest spend' })).toHaveAttribute('aria-sort', 'descending');
    expect(await rowNames(page)).toEqual(['Hertsmere', 'Welwyn Hatfield']); // £117,000, £83,000
    await expect(page.getByRole('row', { name: /Hertsmere/ })).toContainText('£117,000');

    await page.getByRole('link', { name: 'Spend per resident' }).click();
    await expect(page).toHaveURL(/\/councils\?sort=per-resident$/);
    await expect(page.getByRole('columnheader', { name: 'Spend per resident' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    // £117,000 over 105,471 residents, £83,000 over 123,893.
    expect(await rowNames(page)).toEqual(['Hertsmere', 'Welwyn Hatfield']);
    await expect(page.getByRole('row', { name: /Hertsmere/ })).toContainText('£1.11');
    await expect(page.getByRole('row', { name: /Welwyn Hatfield/ })).toContainText('67 pence');

    await page.getByRole('link', { name: 'Camera sites' }).click();
    await expect(page).toHaveURL(/\/councils\?sort=camera-sites$/);
    expect(await rowNames(page)).toEqual(['Welwyn Hatfield', 'Hertsmere']);
    await expect(page.getByRole('row', { name: /Welwyn Hatfield/ })).toContainText('30 camera sites');
    await expect(page.getByRole('table').getByText('No camera sites figure in the sources, A to Z')).toBeVisible();
    await expect(page.getByRole('row', { name: /Hertsmere/ })).toContainText('no camera-site count');

    await page.getByRole('link', { name: 'Cameras', exact: true }).click();
    await expect(page).toHaveURL(/\/councils\?sort=cameras$/);
    expect(await rowNames(page)).toEqual(['Hertsmere', 'Welwyn Hatfield']);
    await expect(page.getByRole('row', { name: /Hertsmere/ })).toContainText('23 cameras');
    await expect(page.getByRole('row', { name: /Welwyn Hatfield/ })).toContainText('no camera count');
    await expect(page.getByRole('row', { name: /Welwyn Hatfield/ })).not.toContainText('camera sites');
  });

  test('the plain list and each order are cached pages; a search is rendered per request', async ({ request }) => {
    for (const path of [
      '/councils',
      '/councils?sort=spend',
      '/councils?sort=per-resident',
      '/councils?sort=camera-sites',
    ]) {
      const res = await request.get(path);
      expect(res.headers()['cache-control'], path).toMatch(/s-maxage=5/);
    }
    const search = await request.get('/councils?q=welwyn');
    expect(search.headers()['cache-control']).toMatch(/no-store|private|no-cache/);
  });
});
