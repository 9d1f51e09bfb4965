import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from './fixtures';
import { PUBLIC_STORE_URL } from './stores';

// The e2e server's store (tests/e2e/serve.ts). Ingesting into it is what a user does with
// `npm run ingest`; cached pages regenerate within seconds, with no rebuild.
const DATABASE_URL = PUBLIC_STORE_URL;

test('an article that contradicts a seed figure shows the disagreement on the pages', async ({ page }) => {
  const out = execFileSync(
    path.resolve('node_modules/.bin/tsx'),
    ['lib/cli/ingest.ts', 'tests/e2e/articles/hertsmere-2015-conflict.txt', '--publisher', 'Borehamwood Times'],
    {
      env: { ...process.env, DATABASE_URL },
      encoding: 'utf8',
    },
  );
  expect(out).toMatch(/(added|unchanged) +tests\/e2e\/articles\/hertsmere-2015-conflict.txt: 1 facts/);

  const started = Date.now();
  // A cached page is served stale once, then regenerated: reload until it is fresh (<= ~10 s).
  const eventually = async (path: string, check: () => Promise<void>) =>
    expect(async () => {
      await page.goto(path);
      await check();
    }).toPass({ timeout: 15_000, intervals: [1_000] });

  await eventually('/councils/hertsmere', async () => {
    const row = page.getByRole('table', { name: /Actual spend and budget/ }).getByRole('row', { name: /2015-16/ });
    await expect(row).toContainText(/sources differ: £120,000 .*Welwyn Hatfield Times.*£125,000 .*Borehamwood Times/, {
      timeout: 500,
    });
  });
  await eventually('/compare?a=welwyn-hatfield&b=hertsmere', async () => {
    await expect(page.getByRole('row', { name: /2015-16/ }).first()).toContainText('sources differ', { timeout: 500 });
  });
  await eventually('/', async () => {
    const row = page
      .getByRole('table', { name: /Actual spend on CCTV by financial year/ })
      .getByRole('row', { name: /Hertsmere/ });
    await expect(row).toContainText('sources differ', { timeout: 500 });
  });
  await expect(async () => {
    const api = await (await page.request.get('/api/councils/hertsmere')).json();
    expect(api.spend[0].conflicts).toMatchObject([
      { value: 125000, source: { citation: { publisher: 'Borehamwood Times' } } },
    ]);
  }).toPass({ timeout: 15_000, intervals: [1_000] });
  expect(Date.now() - started, 'pages refreshed within seconds of the ingest').toBeLessThan(30_000);
});
