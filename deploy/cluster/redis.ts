/**
 * A Redis of the local cluster's own, on loopback, holding nothing on disk: the shared page cache
 * is a cache, and is rebuilt from the database whenever it is lost.
 */
import path from 'node:path';
import { redisBin } from './binaries';
import { canConnect, startProcess, waitUntil, type Running } from './process';

export interface LocalRedis {
  url: string;
  port: number;
  start: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function localRedis({ dir, port }: { dir: string; port: number }): Promise<LocalRedis> {
  const bin = redisBin();
  if (!bin) throw new Error('Redis is not installed (apt-get install redis-server), and no REDIS_URL was given');
  let running: Running | null = null;
  const start = async () => {
    // Bounded, least recently used pages dropped first: a crawler asking for every pair of councils
    // to compare must not fill the machine's memory.
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    args.push('--maxmemory', '256mb', '--maxmemory-policy', 'allkeys-lru');
    running = startProcess(bin, args, {
      log: path.join(dir, 'redis.log'),
    });
    await waitUntil(`Redis on port ${port}`, () => canConnect(port), { running });
  };
  const stop = async () => {
    await running?.stop('SIGTERM');
    running = null;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}
