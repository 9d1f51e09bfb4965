import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Pages every scan covers: their status, and whether they show figures (forms do not). */
export const PAGES: Array<{ name: string; path: string; status: number; figures: boolean }> = [
  { name: 'overview', path: '/', status: 200, figures: true },
  { name: 'councils', path: '/councils', status: 200, figures: true },
  { name: 'councils-by-cameras', path: '/councils?sort=cameras', status: 200, figures: false },
  { name: 'council-search', path: '/councils?q=welwyn', status: 200, figures: false },
  { name: 'council', path: '/councils/welwyn-hatfield', status: 200, figures: true },
  { name: 'compare', path: '/compare?a=welwyn-hatfield&b=hertsmere', status: 200, figures: true },
  {
    name: 'compare-per-resident',
    path: '/compare?a=welwyn-hatfield&b=hertsmere&per=resident',
    status: 200,
    figures: true,
  },
  { name: 'compare-form', path: '/compare', status: 200, figures: false },
  { name: 'england', path: '/england', status: 200, figures: true },
  { name: 'source', path: '/sources/welwyn-hatfield-times-9c7b9525', status: 200, figures: true },
  { name: 'bad-address', path: '/compare?a=%00&b=../../etc/passwd', status: 400, figures: false },
];

/**
 * Every test's browser context fails the test on any console error or uncaught page error, in
 * every page it opens, without the test asking. A test that expects an error document (a 404, a
 * 400) lists the console message it expects in `allowedConsole`.
 */
export const test = base.extend<{ allowedConsole: RegExp[]; consoleErrors: void }>({
  allowedConsole: [[], { option: true }],
  consoleErrors: [
    async ({ context, allowedConsole }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (m) => {
          if (m.type() === 'error' && !allowedConsole.some((re) => re.test(m.text()))) errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(String(e)));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Serious and critical accessibility violations on the page as it is now. */
export async function seriousViolations(page: Page) {
  // After a client-side navigation (a server action's redirect, say) Next commits the new page's
  // content a moment before its streamed <title>; scan the page once it is whole. A page with no
  // title at all still fails here, by timing out on this line.
  await expect(page, 'the page has its <title>').toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export { expect };
