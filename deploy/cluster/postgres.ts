/**
 * A PostgreSQL of the local cluster's own, in a folder of its own, on loopback only: for
 * `npm run serve:cluster` when no DATABASE_URL is given, and for the fault tests, which stop and
 * start it. initdb and postgres refuse to run as root, so as root they run as the `postgres`
 * user Debian's package makes (runuser), which must own the folder.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { postgresBin } from './binaries';
import { canConnect, waitUntil } from './process';

export interface LocalPostgres {
  /** postgresql://cctv:cctv@127.0.0.1:PORT/cctv */
  url: string;
  port: number;
  start: () => Promise<void>;
  /** A fast shutdown: connections are cut, as when the database server goes away. */
  stop: () => Promise<void>;
}

const ROLE = 'cctv';

function asPostgresUser(): { prefix: string[]; own: (p: string) => void } {
  if (process.getuid?.() !== 0) return { prefix: [], own: () => {} };
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0)
    throw new Error('running as root, PostgreSQL needs the postgres user (apt-get install postgresql)');
  const uid = Number(id.stdout.trim());
  const group = Number(gid.stdout.trim());
  return {
    prefix: ['runuser', '-u', 'postgres', '--'],
    own: (p: string) => chownSync(p, uid, group),
  };
}

function run(command: string[], what: string) {
  const [program, ...args] = command;
  const result = spawnSync(program!, args, { encoding: 'utf8', cwd: os.tmpdir() });
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stdout}${result.stderr}`);
}

export async function localPostgres({ dir, port }: { dir: string; port: number }): Promise<LocalPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql), and no DATABASE_URL was given');
  const data = path.resolve(dir);
  const user = asPostgresUser();
  if (!existsSync(path.join(data, 'PG_VERSION'))) {
    mkdirSync(data, { recursive: true, mode: 0o700 });
    user.own(data);
    // C.UTF-8: A-to-Z lists are sorted by the app, but a database should not depend on the machine's locale.
    run(
      [
        ...user.prefix,
        `${bin}/initdb`,
        '-D',
        data,
        '-U',
        'postgres',
        '--auth=trust',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      'initdb',
    );
  }
  const pgCtl = (...args: string[]) => [...user.prefix, `${bin}/pg_ctl`, '-D', data, ...args];
  const options = `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c max_connections=200`;

  const start = async () => {
    run(pgCtl('-o', options, '-l', path.join(data, 'server.log'), '-w', '-t', '60', 'start'), 'pg_ctl start');
    await waitUntil(`PostgreSQL on port ${port}`, () => canConnect(port));
  };
  const stop = async () => run(pgCtl('-m', 'fast', '-w', 'stop'), 'pg_ctl stop');

  await start();
  // The app's role and database, once: a role of its own, as on a real server.
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [ROLE]);
    if (!role.rowCount) await admin.query(`CREATE ROLE ${ROLE} LOGIN PASSWORD '${ROLE}' CREATEDB`);
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [ROLE]);
    if (!db.rowCount) await admin.query(`CREATE DATABASE ${ROLE} OWNER ${ROLE}`);
  } finally {
    await admin.end();
  }
  return { url: `postgresql://${ROLE}:${ROLE}@127.0.0.1:${port}/${ROLE}`, port, start, stop };
}
