import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createDb, removeStore } from '../../lib/db';
import { prepareStore } from '../../lib/db/prepare';
import { ingestArticle, type ArticleInput } from '../../lib/ingest';

export const BENCH_DIR = path.resolve('tests/.tmp-bench');
const bin = (name: string) => path.join('node_modules', '.bin', name);

function envFor(dbFile: string) {
  return {
    ...process.env,
    DATABASE_URL: `file:${dbFile}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // The server will not start without sign-in settings; the benchmark never signs in.
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || 'benchmark-only-secret-not-used-for-any-session',
    BETTER_AUTH_URL: process.env.BETTER_AUTH_URL || 'http://127.0.0.1:3999',
  };
}

/** A migrated store holding seeds/ and, optionally, more articles. Returns its file and ingest times. */
export async function makeStore(name: string, extra: ArticleInput[] = []) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, `${name}.db`);
  const url = `file:${file}`;
  removeStore(url);
  await prepareStore(url);
  const db = createDb(url);
  const times: number[] = [];
  for (const article of extra) {
    const t0 = performance.now();
    await ingestArticle(db, article);
    times.push(performance.now() - t0);
  }
  await db.$disconnect();
  return { file, times };
}

/**
 * A failure of what every measurement of a section needs (the build, a server that will not
 * start): the benchmark stops with its message, unlike a single measurement, which is reported as
 * not measured.
 */
export class SetupError extends Error {}

export function build(dbFile: string) {
  const r = spawnSync(bin('next'), ['build'], { env: envFor(dbFile), stdio: 'pipe', encoding: 'utf8' });
  if (r.status !== 0) throw new SetupError(`next build failed:\n${r.stdout}\n${r.stderr}`);
}

// Servers still running when the benchmark exits (an error, Ctrl-C) are stopped with it.
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill()));

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** `next start` on the given store; resolves once it answers. */
export async function startNext(dbFile: string, port: number): Promise<RunningServer> {
  const child: ChildProcess = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: envFor(dbFile),
    stdio: 'ignore',
  });
  running.add(child);
  const stop = () =>
    new Promise<void>((resolve) => {
      running.delete(child);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/about`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || i === 99) {
      await stop();
      const why = child.exitCode !== null ? `exited with code ${child.exitCode}` : 'did not answer in 20 s';
      throw new SetupError(`next start on port ${port} ${why}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop };
}
