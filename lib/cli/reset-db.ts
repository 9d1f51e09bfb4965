/** npm run db:reset: empties the store, migrates it and seeds it from seeds/. */
import { resetStore } from '../db';
import { describeStoreError } from '../db/errors';
import { prepareStore } from '../db/prepare';
import { redactUrl } from '../db/url';
import { databaseUrl } from '../env';
import { describeOutcome } from '../ingest/seed-folder';

const url = databaseUrl();
try {
  await resetStore(url);
  console.log(`db:reset: emptied ${redactUrl(url)}`);
  for (const outcome of (await prepareStore(url)) ?? []) console.log(describeOutcome(outcome));
} catch (error) {
  console.error(`db:reset: ${describeStoreError(error, url)}`);
  process.exitCode = 1;
}
