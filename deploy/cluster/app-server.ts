/**
 * One app server: `next start` of the shared build on its own port, on loopback (nginx is the
 * only way in). Stopped and started again by the fault tests; killed outright by one of them.
 */
import path from 'node:path';
import { canConnect, startProcess, waitUntil, type Running } from './process';

export interface AppServer {
  port: number;
  url: string;
  /** Starts it, with its own environment or, for a test, another. */
  start: (env?: NodeJS.ProcessEnv) => Promise<void>;
  /** SIGTERM by default; SIGKILL for a server that dies without warning. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

const NEXT = path.join('node_modules', '.bin', 'next');

export function appServer({ port, env, log }: { port: number; env: NodeJS.ProcessEnv; log: string }): AppServer {
  let running: Running | null = null;
  const url = `http://127.0.0.1:${port}`;
  return {
    port,
    url,
    start: async (other = env) => {
      running = startProcess(NEXT, ['start', '--port', String(port), '--hostname', '127.0.0.1'], { env: other, log });
      await waitUntil(`the app server on port ${port}`, () => canConnect(port), { running, timeoutMs: 60_000 });
    },
    stop: async (signal = 'SIGTERM') => {
      await running?.stop(signal);
      running = null;
    },
  };
}
