import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from './fixtures';

// The e2e server's store (tests/e2e/serve.ts). Ingesting into it is what a user does with
// `npm run ingest`; pages read the store per request, so no rebuild is needed.
const DATABASE_URL = `file:${path.resolve('tests/.tmp-e2e/e2e.db')}`;

test('an article that contradicts a seed figure shows the disagreement on the pages', async ({ page, consoleErrors }) => {
  void consoleErrors;
  const out = execFileSync(path.resolve('node_modules/.bin/tsx'), ['lib/cli/ingest.ts', 'tests/e2e/articles/hertsmere-2015-conflict.txt'], {
    env: { ...process.env, DATABASE_URL },
    encoding: 'utf8',
  });
  expect(out).toMatch(/(added|unchanged) +tests\/e2e\/articles\/hertsmere-2015-conflict.txt: 1 facts/);

  await page.goto('/councils/hertsmere');
  const row = page.getByRole('table', { name: /Actual spend and budget/ }).getByRole('row', { name: /2015-16/ });
  await expect(row).toContainText('sources differ: £120,000 in seeds/000_306cc6ddef71cacb.txt, £125,000 in tests/e2e/articles/hertsmere-2015-conflict.txt');

  await page.goto('/compare?a=welwyn-hatfield&b=hertsmere');
  await expect(page.getByRole('row', { name: /2015-16/ }).first()).toContainText('sources differ');

  await page.goto('/');
  await expect(page.getByRole('table', { name: /Actual spend on CCTV by financial year/ }).getByRole('row', { name: /Hertsmere/ })).toContainText(
    'sources differ',
  );
  const api = await (await page.request.get('/api/councils/hertsmere')).json();
  expect(api.spend[0].conflicts).toMatchObject([{ value: 125000, source: { file: 'tests/e2e/articles/hertsmere-2015-conflict.txt' } }]);
});
