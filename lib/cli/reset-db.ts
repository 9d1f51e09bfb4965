/** npm run db:reset: deletes the store, migrates a new one and seeds it from seeds/. */
import { removeStore } from '../db';
import { prepareStore } from '../db/prepare';
import { databaseUrl } from '../env';
import { describeOutcome } from '../ingest/seed-folder';

const url = databaseUrl();
removeStore(url);
console.log(`db:reset: removed ${url}`);
try {
  for (const outcome of (await prepareStore(url)) ?? []) console.log(describeOutcome(outcome));
} catch (error) {
  console.error(`db:reset: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
