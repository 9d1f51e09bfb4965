import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ingestFolder } from '../ingest/seed-folder';
import type { IngestOutcome } from '../ingest';
import { createDb, prepareForWrites } from '.';
import { redactUrl, redactUrls } from './url';

/** The seed articles, relative to the project root. */
export const SEEDS = 'seeds';

/** Applies prisma/migrations to the store at `url`; throws with Prisma's output when it fails. */
function migrate(url: string) {
  const result = spawnSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `prisma migrate deploy failed for ${redactUrl(url)}:\n${redactUrls(result.stdout + result.stderr)}`,
    );
  }
}

/**
 * A store ready to serve: migrated, ready for writers, and seeded from seeds/ when it holds no
 * article (unless `seed` is false). What `npm start`, `npm run db:reset`, the browser tests'
 * server, the unit tests' base store and the benchmark all begin with.
 */
export async function prepareStore(url: string, options: { seed?: boolean } = {}): Promise<IngestOutcome[] | null> {
  migrate(url);
  const db = createDb(url);
  try {
    await prepareForWrites(db);
    if (options.seed === false || (await db.article.count()) > 0) return null;
    return await ingestFolder(db, SEEDS);
  } finally {
    await db.$disconnect();
  }
}
