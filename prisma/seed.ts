/** Loads every article in seeds/ (npm run db:seed; also Prisma's seed command). Safe to run again. */
import { createDb, type Db } from '../lib/db';
import { describeFailure } from '../lib/db/errors';
import { databaseUrl } from '../lib/env';
import { describeOutcome, ingestFolder } from '../lib/ingest/seed-folder';

let db: Db | undefined;
try {
  db = createDb();
  const outcomes = await ingestFolder(db, 'seeds');
  for (const o of outcomes) console.log(describeOutcome(o));
  const changed = outcomes.filter((o) => o.status !== 'unchanged').length;
  console.log(`seeded ${outcomes.length} article(s); ${changed} added or changed`);
} catch (error) {
  console.error(`db:seed failed: ${describeFailure(error, databaseUrl())}`);
  process.exitCode = 1;
} finally {
  await db?.$disconnect();
}
