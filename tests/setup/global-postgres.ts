/**
 * Vitest global setup of the `postgresql` project (vitest.config.ts, when TEST_DATABASE_URL is
 * set): one migrated base database per run, as tests/setup/global-db.ts makes one base SQLite
 * file. Each test copies it (tests/setup/test-db.ts), so no test sees another's rows.
 */
import type { TestProject } from 'vitest/node';
import { prepareStore } from '../../lib/db/prepare';
import { admin, databaseUrlFor, dropRunDatabases, testDatabaseName } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated, empty base database each PostgreSQL test copies. */
    postgresBase: string;
    postgresRunId: string;
  }
}

export default async function setup(project: TestProject) {
  const runId = `${process.pid}${Date.now().toString(36)}`;
  const base = testDatabaseName(runId, 'base');
  await admin(`CREATE DATABASE "${base}"`);
  await prepareStore(databaseUrlFor(base), { seed: false });
  project.provide('postgresBase', base);
  project.provide('postgresRunId', runId);
  return () => dropRunDatabases(runId);
}
