import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Pages every journey and scan covers. */
export const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'councils', path: '/councils' },
  { name: 'council', path: '/councils/welwyn-hatfield' },
  { name: 'compare', path: '/compare?a=welwyn-hatfield&b=hertsmere' },
  { name: 'compare-form', path: '/compare' },
  { name: 'england', path: '/england' },
  { name: 'source', path: '/sources/000-306cc6ddef71cacb' },
] as const;

/**
 * `page` fails the test on any console error or uncaught page error. A test that expects a
 * 404 document lists it in `allowedConsole`.
 */
export const test = base.extend<{ allowedConsole: RegExp[]; consoleErrors: string[] }>({
  allowedConsole: [[], { option: true }],
  consoleErrors: async ({ page, allowedConsole }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !allowedConsole.some((re) => re.test(m.text()))) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

/** Serious and critical accessibility violations on the page as it is now. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export { expect };
