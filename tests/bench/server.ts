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

export function build(dbFile: string) {
  const r = spawnSync(bin('next'), ['build'], { env: envFor(dbFile), stdio: 'pipe', encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`next build failed:\n${r.stdout}\n${r.stderr}`);
}

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
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/about`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
    if (i === 99) throw new Error('next start did not answer in 20 s');
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
