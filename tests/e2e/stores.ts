/**
 * The browser tests' two stores (tests/e2e/serve.ts prepares them; some tests open them to look
 * inside): SQLite files by default, or, with E2E_STORE=postgresql (npm run test:e2e:postgresql),
 * two databases on TEST_DATABASE_URL's server, so the same journeys run on PostgreSQL.
 */
import path from 'node:path';
import { databaseUrlFor } from '../setup/postgres';

export const E2E_DIALECT = process.env.E2E_STORE === 'postgresql' ? 'postgresql' : 'sqlite';

const storeUrl = (name: 'public' | 'editor') =>
  E2E_DIALECT === 'postgresql'
    ? databaseUrlFor(`cctv_e2e_${name}`)
    : `file:${path.resolve('tests/.tmp-e2e', name === 'public' ? 'e2e.db' : 'editor.db')}`;

/** The public pages' server's store (tests read the seed alone there, and one adds a conflict). */
export const PUBLIC_STORE_URL = storeUrl('public');
/** The editors' server's store: tests open it with createDb to check what was written. */
export const EDITOR_STORE_URL = storeUrl('editor');
