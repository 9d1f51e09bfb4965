import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { redactUrls } from './url';

/**
 * Everything about the store that is PostgreSQL's: the driver adapter and its pool, what a
 * conflict between two writers looks like, and the workaround the migration CLI needs. The rest
 * of the app talks to Prisma through lib/db and never sees these. ../shared/SCALE-OUT.md has the
 * facts behind each choice; docs/decisions/016-postgresql-and-several-servers.md the reasons.
 */

export interface PoolSettings {
  /** Connections this process may hold (DATABASE_POOL_MAX): PrismaPg ignores `?connection_limit=`. */
  max: number;
}

/** Logged, never thrown: pg reports a dropped idle connection as an event, and the pool replaces it. */
const logConnectionError = (error: Error) =>
  console.warn(`store: a PostgreSQL connection failed: ${redactUrls(error.message)}`);

/**
 * The driver adapter for a `postgresql://` URL. A connection that cannot be made in 5 s fails
 * (pg waits forever by default, so a request would hang while the database is unreachable);
 * idle connections are closed after 30 s, so a restarted database is met with fresh ones.
 */
export function postgresAdapter(url: string, { max }: PoolSettings) {
  return new PrismaPg(
    { connectionString: url, max, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 },
    { onPoolError: logConnectionError, onConnectionError: logConnectionError },
  );
}

/** Catalogue types the 6.19 schema engine cannot read through an adapter: `"char"` (18) and `name` (19). */
const CATALOGUE_TYPES = new Set([18, 19]);
const PG_TEXT = 25;

/**
 * A pool whose results report the catalogue's `name` and `"char"` columns as `text`. Prisma 6.19's
 * schema engine reads them through the adapter and cannot deserialise them ("Column type 'name'
 * could not be deserialized", Prisma bug #27403, fixed only in 7), so `migrate deploy` (name) and
 * `db pull` ("char") fail on a plain PrismaPg. The app's own queries return neither type; only
 * the CLI uses this.
 */
class NameAsTextPool extends pg.Pool {
  // pg's overloads are many; the adapter only calls query(config, values) and awaits the result.
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (!(result instanceof Promise)) return result as never;
    return result.then((r: pg.QueryResult) => {
      for (const field of r?.fields ?? []) if (CATALOGUE_TYPES.has(field.dataTypeID)) field.dataTypeID = PG_TEXT;
      return r;
    }) as never;
  }
}

/**
 * The adapter prisma.config.ts gives the Prisma CLI (migrate deploy, db push, migrate diff). Two
 * fixes over a plain PrismaPg: `name` columns (above), and scripts. PrismaPg runs a migration
 * by splitting it on every `;`, which cuts a function body (the audit log's trigger) in pieces;
 * sent whole instead, PostgreSQL runs a multi-statement script as one implicit transaction, so a
 * migration that fails part-way leaves nothing behind.
 */
export function postgresMigrationAdapter(url: string) {
  // allowExitOnIdle: the CLI never ends the pool, and idle connections would hold it open for 10 s.
  const pool = new NameAsTextPool({
    connectionString: url,
    max: 2,
    connectionTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  });
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  };
  return factory;
}

/** PostgreSQL error codes from the driver, as the adapter passes them on in `meta`. */
function driverCode(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } } | null)?.meta;
  return meta?.driverAdapterError?.cause?.originalCode;
}

/**
 * Two writers at once on PostgreSQL (READ COMMITTED): where SQLite makes the second wait, here
 * both run, and the second fails on a row the first just added (P2002, unique violation: two
 * ingests adding the same council or article), on a serialisation failure or on a deadlock
 * (P2034). The transaction read before writing, so running it again sees the other's row.
 */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'P2002' || code === 'P2034' || ['23505', '40001', '40P01'].includes(driverCode(error) ?? '');
}
