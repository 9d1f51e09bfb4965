import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runLighthouse } from '../../bench/lighthouse';
import type { Lhr } from '../../bench/lighthouse-median';

vi.mock('chrome-launcher', () => ({ launch: vi.fn() }));
vi.mock('lighthouse', () => ({ default: vi.fn() }));
vi.mock('lighthouse/core/config/desktop-config.js', () => ({ default: {} }));

const kill = vi.fn();
beforeEach(() => {
  vi.mocked(lighthouse).mockReset();
  kill.mockReset();
  vi.mocked(chromeLauncher.launch).mockReset();
  vi.mocked(chromeLauncher.launch).mockResolvedValue({ port: 9222, kill } as unknown as chromeLauncher.LaunchedChrome);
});

const good = (fcp: number) =>
  ({
    lhr: {
      audits: { 'first-contentful-paint': { numericValue: fcp }, interactive: { numericValue: fcp + 400 } },
      categories: { performance: { score: 1 }, accessibility: { score: 1 }, 'best-practices': { score: 1 } },
    } as unknown as Lhr,
  }) as Awaited<ReturnType<typeof lighthouse>>;
const noFcp = {
  lhr: {
    audits: { 'first-contentful-paint': {}, interactive: {} },
    categories: {},
    runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' },
  } as unknown as Lhr,
} as Awaited<ReturnType<typeof lighthouse>>;

/** lighthouse() answers from this script, one step a call, by page: a result, or an Error to throw. Counts the calls. */
function script(byPage: Record<string, Array<Awaited<ReturnType<typeof lighthouse>> | Error>>) {
  const calls: Record<string, number> = {};
  vi.mocked(lighthouse).mockImplementation(async (url) => {
    const page = new URL(url ?? '').pathname;
    const n = calls[page] ?? 0;
    calls[page] = n + 1;
    const steps = byPage[page] ?? [];
    const step = steps[Math.min(n, steps.length - 1)];
    if (step instanceof Error) throw step;
    return step;
  });
  return calls;
}

describe('Lighthouse runs', () => {
  it('runs a page again after a run that throws or records no first paint, and reports the usable ones', async () => {
    const calls = script({
      '/': [new Error('Some runs were missing an FCP value'), noFcp, good(400), good(500), good(450)],
    });
    const [page] = await runLighthouse('http://127.0.0.1:3200', ['/'], { runs: 3, log: () => {} });
    expect(page?.outcome).toMatchObject({
      ok: true,
      value: { path: '/', runs: 3, performance: 100 },
      failures: ['Some runs were missing an FCP value', 'no first contentful paint, no time to interactive (NO_FCP)'],
    });
    expect(calls['/']).toBe(5);
    // The run that threw took its Chrome with it; the next run had a fresh one.
    expect(chromeLauncher.launch).toHaveBeenCalledTimes(2);
  });

  it('reports a page with no usable run in `tries` as not measured and goes on to the next page', async () => {
    const calls = script({ '/': [noFcp], '/england': [good(400)] });
    const log = vi.fn();
    const pages = await runLighthouse('http://127.0.0.1:3200', ['/', '/england'], { runs: 3, tries: 6, log });
    expect(calls['/']).toBe(6);
    expect(pages[0]).toEqual({
      path: '/',
      outcome: expect.objectContaining({
        ok: false,
        reason: 'no usable run in 6: no first contentful paint, no time to interactive (NO_FCP) (x6)',
      }),
    });
    expect(pages[1]?.outcome).toMatchObject({ ok: true, value: { path: '/england', runs: 3 } });
    expect(log).toHaveBeenCalledTimes(6);
  });

  it('reports every page as not measured when Chrome will not start, instead of throwing', async () => {
    vi.mocked(chromeLauncher.launch).mockRejectedValue(new Error('ECONNREFUSED 127.0.0.1:9222'));
    const pages = await runLighthouse('http://127.0.0.1:3200', ['/', '/england'], { runs: 1, tries: 2, log: () => {} });
    expect(pages.map((p) => (p.outcome.ok ? 'ok' : p.outcome.reason))).toEqual([
      'no usable run in 2: ECONNREFUSED 127.0.0.1:9222 (x2)',
      'no usable run in 2: ECONNREFUSED 127.0.0.1:9222 (x2)',
    ]);
    expect(lighthouse).not.toHaveBeenCalled();
  });
});
