import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRESH_MS, clearSnapshots, snapshot } from '../../../lib/api/snapshot';

const json = (n: number, status = 200) =>
  new Response(JSON.stringify({ n }), { status, headers: { 'Content-Type': 'application/json', 'X-N': String(n) } });

describe('API snapshots', () => {
  beforeEach(() => {
    clearSnapshots();
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('builds once, then answers from memory with the same status, headers and body', async () => {
    const build = vi.fn(async () => json(1, 404));
    const first = await snapshot('k', build);
    const second = await snapshot('k', build);
    expect(build).toHaveBeenCalledTimes(1);
    expect(second.status).toBe(404);
    expect(second.headers.get('x-n')).toBe('1');
    expect(await second.json()).toEqual({ n: 1 });
    expect(await first.json()).toEqual({ n: 1 });
  });

  it('serves a stale answer once and rebuilds it in the background', async () => {
    let n = 0;
    const build = vi.fn(async () => json(++n));
    await snapshot('k', build);
    vi.setSystemTime(Date.now() + FRESH_MS + 1);
    expect(await (await snapshot('k', build)).json()).toEqual({ n: 1 });
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 0));
    expect(await (await snapshot('k', build)).json()).toEqual({ n: 2 });
  });

  it('shares one build between concurrent callers and keeps keys apart', async () => {
    const build = vi.fn(async () => json(7));
    const answers = await Promise.all([snapshot('a', build), snapshot('a', build), snapshot('a', build)]);
    expect(build).toHaveBeenCalledTimes(1);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    await snapshot('b', async () => json(8));
    expect(await (await snapshot('b', build)).json()).toEqual({ n: 8 });
  });

  it('never keeps a server error or a failed build', async () => {
    const broken = vi.fn(async () => json(0, 500));
    await snapshot('k', broken);
    await snapshot('k', broken);
    expect(broken).toHaveBeenCalledTimes(2);
    await expect(snapshot('x', async () => Promise.reject(new Error('store gone')))).rejects.toThrow('store gone');
    expect(await (await snapshot('x', async () => json(3))).json()).toEqual({ n: 3 });
  });
});
