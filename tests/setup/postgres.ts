/**
 * PostgreSQL databases for tests: the twin of copying a SQLite file is `CREATE DATABASE x TEMPLATE
 * base` (the role in TEST_DATABASE_URL needs CREATEDB). Every database a run makes is named
 * `cctv_test_<run>_…`, so a run drops only its own.
 */
import pg from 'pg';

/** The URL of another database on TEST_DATABASE_URL's server, with the same role. */
export function databaseUrlFor(name: string, serverUrl = requiredServerUrl()): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function requiredServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('TEST_DATABASE_URL must be a postgresql:// URL of a role with CREATEDB');
  }
  return url;
}

/** Runs `work` with a connection to TEST_DATABASE_URL's own database (never one a test uses). */
async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requiredServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs statements on TEST_DATABASE_URL's own database, one after another. */
export const admin = (...statements: string[]) =>
  withAdminClient(async (client) => {
    for (const sql of statements) await client.query(sql);
  });

/** A database name from a run id and a suffix: lower case letters, digits and underscores. */
export const testDatabaseName = (runId: string, suffix: string) =>
  `cctv_test_${runId}_${suffix}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 63);

/** Copies the template; two copies started at once may find it busy for a moment, so it tries again. */
export async function cloneDatabase(template: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await admin(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } catch (error) {
      const busy = /being accessed by other users/.test((error as Error).message);
      if (!busy || attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

/**
 * Drops a database, ending its sessions. `WITH (FORCE)` refuses, for a role without
 * pg_signal_backend, while an autovacuum worker is in the database (it belongs to no role: CI met
 * this after the concurrent-ingest test). The worker is gone within moments, so it tries again.
 */
export const dropDatabase = (name: string) => withAdminClient((client) => dropWith(client, name));

async function dropWith(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return;
    } catch (error) {
      const notAllowedYet = (error as { code?: string }).code === '42501'; // insufficient_privilege
      if (!notAllowedYet || attempt >= 40) throw error;
      await new Promise((r) => setTimeout(r, 50 * Math.min(attempt, 10)));
    }
  }
}

/** Drops every database of this run (after the run, and before it in case a crashed one left some). */
export const dropRunDatabases = (runId: string) =>
  withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [testDatabaseName(runId, '')],
    );
    for (const { datname } of rows) await dropWith(client, datname);
  });
