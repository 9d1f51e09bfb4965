/**
 * Real nginx for the deploy tests: the standalone config rendered into a temporary prefix under
 * tests/.tmp-deploy/, on a free port, stopped and removed by stop(). Without nginx the tests are
 * skipped with a notice, except when CI is set: there a missing nginx fails the run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { nginxBin } from '../../../deploy/cluster/binaries';
import { startNginx as startClusterNginx, type Nginx as ClusterNginx } from '../../../deploy/cluster/nginx';
import { freePort } from '../../../deploy/cluster/process';
import { startStubs, type Stub } from './stub';

const TMP_ROOT = path.resolve('tests/.tmp-deploy');

const NGINX = nginxBin();
if (!NGINX) {
  const why = 'nginx was not found (looked in NGINX_BIN, /usr/sbin, /usr/local/sbin and PATH)';
  if (process.env.CI) throw new Error(`${why}: the deploy tests need it when CI is set (apt-get install nginx)`);
  console.warn(`\n*** ${why}: SKIPPING the nginx tests. Install nginx, or set NGINX_BIN, to run them. ***\n`);
}

/** describe() when nginx is here, describe.skip() otherwise (see above). */
export const describeNginx = NGINX ? describe : describe.skip;

/**
 * A fresh prefix. mkdtemp makes it 0700; started as root, nginx runs its workers as nobody
 * (render.ts), and they must pass through it to the cache and temp dirs nginx makes inside.
 */
export function makePrefix(): string {
  mkdirSync(TMP_ROOT, { recursive: true });
  const prefix = mkdtempSync(path.join(TMP_ROOT, 'nginx-'));
  chmodSync(prefix, 0o755);
  return prefix;
}

/** Removes a prefix, and tests/.tmp-deploy/ with it once nothing else is there. */
export function removePrefix(prefix: string) {
  rmSync(prefix, { recursive: true, force: true });
  try {
    rmdirSync(TMP_ROOT);
  } catch {
    // another prefix is still in use
  }
}

/** `nginx -t` on a config file; the prefix takes nginx's error log. */
export function checkConfig(file: string, prefix: string): { ok: boolean; output: string } {
  const run = spawnSync(NGINX ?? 'nginx', ['-t', '-p', `${prefix}/`, '-c', file, '-e', `${prefix}/error.log`], {
    encoding: 'utf8',
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

export type Nginx = Omit<ClusterNginx, 'url'> & { url: (p: string) => string };

/** nginx in front of `upstreams`, as the cluster starts it, in a prefix of its own that stop() removes. */
async function startNginx(upstreams: string[]): Promise<Nginx> {
  if (!NGINX) throw new Error('nginx is not installed');
  const prefix = makePrefix();
  let nginx: ClusterNginx;
  try {
    nginx = await startClusterNginx({ port: await freePort(), upstreams, prefix });
  } catch (error) {
    removePrefix(prefix);
    throw error;
  }
  return {
    ...nginx,
    url: (p) => `${nginx.url}${p}`,
    stop: async () => {
      await nginx.stop();
      removePrefix(prefix);
    },
  };
}

/**
 * `count` stub app servers (names A, B, ...) with nginx in front, started before the file's tests
 * (or before each test, with `each`: for tests that stop or break them) and stopped after; `use`
 * hands them to the test file once they are up.
 */
export function stubsBehindNginx(count: number, use: (stubs: Stub[], nginx: Nginx) => void, { each = false } = {}) {
  let stubs: Stub[] = [];
  let nginx: Nginx | undefined;
  (each ? beforeEach : beforeAll)(async () => {
    stubs = await startStubs(count);
    nginx = await startNginx(stubs.map((s) => s.address));
    use(stubs, nginx);
  });
  (each ? afterEach : afterAll)(async () => {
    await nginx?.stop();
    await Promise.all(stubs.map((s) => s.stop()));
  });
}
