/**
 * wrk (Debian's package), the load generator for the nginx tier: a C client with a thread per core
 * where autocannon is one Node process, so that at tens of thousands of requests a second the
 * client, not the server, is what the numbers measure less. Both sides of a comparison (nginx and
 * node:http) are measured with the same client.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { HttpResult } from './http';

const run = promisify(execFile);

export const wrkInstalled = () => spawnSync('wrk', ['--version']).error === undefined;

/** "390.00us", "1.23ms", "2.00s" in milliseconds. */
export function durationMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`not a wrk duration: ${text}`);
  const unit = { us: 0.001, ms: 1, s: 1_000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm'];
  return Math.round(Number(m[1]) * unit * 100) / 100;
}

/** wrk's report (with --latency) as the benchmark's result. */
export function parseWrk(url: string, out: string): HttpResult {
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(out);
  const p50 = /^\s+50%\s+(\S+)/m.exec(out);
  const p99 = /^\s+99%\s+(\S+)/m.exec(out);
  if (!rps || !p50 || !p99) throw new Error(`wrk's report could not be read:\n${out}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0;
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  return { url, requestsPerSecond: Number(rps[1]), p50: durationMs(p50[1]!), p99: durationMs(p99[1]!), errors, non2xx };
}

/** `seconds` of load at `connections` connections on two threads. */
export async function measureWrk(url: string, seconds: number, { connections = 32 } = {}): Promise<HttpResult> {
  const { stdout } = await run('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', url], {
    timeout: (seconds + 30) * 1_000,
  });
  return parseWrk(url, stdout);
}
