/**
 * Child processes for the local cluster (PostgreSQL, Redis, app servers, nginx): started with
 * their output in a log file, stopped gently then firmly, and never left running when this
 * process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import net from 'node:net';

export interface Running {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM (or `signal`), then SIGKILL if it has not gone within `graceMs`. */
  stop: (signal?: NodeJS.Signals, graceMs?: number) => Promise<void>;
}

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function startProcess(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; log: string },
): Running {
  const out = openSync(options.log, 'a');
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', out, out] });
  children.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  const stop = async (signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const gone = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
    if (!gone) child.kill('SIGKILL');
    await exited;
  };
  return { child, exited, stop };
}

/** Whether something accepts connections on 127.0.0.1:port. */
export const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `ready` until it is true; fails naming `what` after `timeoutMs`, or at once if `running` exits. */
export async function waitUntil(
  what: string,
  ready: () => Promise<boolean>,
  { timeoutMs = 30_000, running }: { timeoutMs?: number; running?: Running } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  running?.exited.then(() => (exited = true));
  while (!(await ready())) {
    if (exited) throw new Error(`${what} exited before it was ready`);
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}
