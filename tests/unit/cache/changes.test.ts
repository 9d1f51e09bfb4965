import { afterEach, describe, expect, it, vi } from 'vitest';
import { snapshot } from '../../../lib/api/snapshot';

// Whether node-redis was loaded at all: a server without Redis must never load it (loading it made
// every cached page 30-40% slower, lib/cache/changes.ts).
const loaded = vi.hoisted(() => ({ redis: false }));
vi.mock('redis', () => {
  loaded.redis = true;
  return { createClient: () => ({}) };
});
const { announceChange, listenForChanges } = await import('../../../lib/cache/changes');

afterEach(() => vi.unstubAllEnvs());

describe('changes between servers, without REDIS_URL', () => {
  it('forget this server’s API answers, and never load the Redis client', async () => {
    vi.stubEnv('REDIS_URL', '');
    listenForChanges();
    let builds = 0;
    const build = async () => Response.json({ build: ++builds });
    await snapshot('england', build);
    await announceChange();
    expect(await (await snapshot('england', build)).json()).toEqual({ build: 2 });
    expect(loaded.redis).toBe(false);
  });
});
