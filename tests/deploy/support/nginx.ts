/**
 * Real nginx for the deploy tests: the standalone config rendered into a temporary prefix under
 * tests/.tmp-deploy/, on a free port, stopped and removed by stop(). Without nginx the tests are
 * skipped with a notice, except when CI is set: there a missing nginx fails the run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe } from 'vitest';
import { renderNginxConfig } from '../../../deploy/nginx/render';
import { sleep } from './http';

const TMP_ROOT = path.resolve('tests/.tmp-deploy');

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findNginx(): string | null {
  if (process.env.NGINX_BIN) return isExecutable(process.env.NGINX_BIN) ? process.env.NGINX_BIN : null;
  const dirs = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin', ...(process.env.PATH ?? '').split(':')];
  return dirs.map((dir) => path.join(dir, 'nginx')).find(isExecutable) ?? null;
}

const NGINX = findNginx();
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

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** One line of the access log (format cctv, site.conf.template). */
type LogLine = { request: string; status: number; upstream: string; cache: string; line: string };

export type Nginx = {
  url: (p: string) => string;
  port: number;
  prefix: string;
  accessLog: () => LogLine[];
  stop: () => Promise<void>;
};

/** Every nginx still running, stopped if the test process exits without stopping it. */
const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export async function startNginx(upstreams: string[]): Promise<Nginx> {
  if (!NGINX) throw new Error('nginx is not installed');
  const port = await freePort();
  const prefix = makePrefix();
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, renderNginxConfig({ mode: 'standalone', listen: `127.0.0.1:${port}`, upstreams, prefix }));
  const child = spawn(NGINX, ['-p', `${prefix}/`, '-c', conf, '-e', `${prefix}/error.log`, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!killed) child.kill('SIGKILL');
      await exited;
    }
    running.delete(child);
    removePrefix(prefix);
  };

  for (let waited = 0; !(await canConnect(port)); waited += 50) {
    if (child.exitCode !== null || waited > 10_000) {
      const log = readFileSync(path.join(prefix, 'error.log'), { encoding: 'utf8', flag: 'a+' });
      await stop();
      throw new Error(`nginx did not start:\n${stderr}\n${log}`);
    }
    await sleep(50);
  }

  const accessLog = () =>
    readFileSync(path.join(prefix, 'access.log'), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => ({
        line,
        request: /"([^"]*)"/.exec(line)?.[1] ?? '',
        status: Number(/" (\d{3}) /.exec(line)?.[1]),
        upstream: / upstream=(.*?) cache=/.exec(line)?.[1] ?? '',
        cache: /cache=(\S*)/.exec(line)?.[1] ?? '',
      }));

  return { url: (p) => `http://127.0.0.1:${port}${p}`, port, prefix, accessLog, stop };
}
