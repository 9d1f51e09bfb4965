/**
 * Where the services' programs are: Debian puts PostgreSQL's server programs in
 * /usr/lib/postgresql/VERSION/bin (not on PATH), nginx in /usr/sbin. PG_BIN, NGINX_BIN and
 * REDIS_SERVER_BIN override the search.
 */
import { accessSync, constants, readdirSync } from 'node:fs';
import path from 'node:path';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (name: string, extra: string[] = []) =>
  [...extra, ...(process.env.PATH ?? '').split(':')].map((dir) => path.join(dir, name)).find(executable) ?? null;

/** The folder holding initdb, pg_ctl and postgres: the newest Debian version, else PATH. */
export function postgresBin(): string | null {
  if (process.env.PG_BIN) return executable(path.join(process.env.PG_BIN, 'pg_ctl')) ? process.env.PG_BIN : null;
  let versions: string[] = [];
  try {
    versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  } catch {
    // not Debian's layout
  }
  const debian = versions.map((v) => `/usr/lib/postgresql/${v}/bin`).find((dir) => executable(`${dir}/pg_ctl`));
  return debian ?? (onPath('pg_ctl') ? path.dirname(onPath('pg_ctl')!) : null);
}

export const nginxBin = () =>
  process.env.NGINX_BIN
    ? executable(process.env.NGINX_BIN)
      ? process.env.NGINX_BIN
      : null
    : onPath('nginx', ['/usr/sbin', '/usr/local/sbin']);

export const redisBin = () =>
  process.env.REDIS_SERVER_BIN
    ? executable(process.env.REDIS_SERVER_BIN)
      ? process.env.REDIS_SERVER_BIN
      : null
    : onPath('redis-server');

/** What is missing for a local cluster, as Debian package names; empty when all is there. */
export function missingPackages(needs: { postgres: boolean; redis: boolean }): string[] {
  return [
    ...(needs.postgres && !postgresBin() ? ['postgresql'] : []),
    ...(needs.redis && !redisBin() ? ['redis-server'] : []),
    ...(!nginxBin() ? ['nginx'] : []),
  ];
}
