import { beforeEach, describe, expect, it, vi } from 'vitest';
import { failed } from '../../bench/attempts';
import { firstLoadJs } from '../../bench/client-js';
import { runLighthouse } from '../../bench/lighthouse';
import { Report } from '../../bench/report';
import { jsSection } from '../../bench/sections/js';
import { lighthouseSection } from '../../bench/sections/lighthouse';
import { PAGES } from '../../bench/sections/pages';

vi.mock('../../bench/lighthouse', () => ({ runLighthouse: vi.fn() }));
vi.mock('../../bench/client-js', () => ({ firstLoadJs: vi.fn() }));

const log = () => {};
beforeEach(() => vi.mocked(firstLoadJs).mockReset());

describe('the lighthouse section', () => {
  it('reports a page with no usable run as not measured and goes on with the others', async () => {
    const reason = 'no usable run in 6: no first contentful paint (NO_FCP) (x6)';
    vi.mocked(runLighthouse).mockResolvedValue([
      { path: '/', outcome: failed(reason) },
      {
        path: '/england',
        outcome: {
          ok: true,
          failures: [],
          value: {
            path: '/england',
            runs: 3,
            performance: 99,
            accessibility: 100,
            bestPractices: 100,
            lcpMs: 500,
            cls: 0,
            tbtMs: 12,
            scriptKb: 144.5,
            performanceRuns: [99, 100, 98],
          },
        },
      },
    ]);
    const report = new Report();
    await lighthouseSection({ report, base: 'http://x', log, paths: ['/', '/england'] });
    expect(report.checks.map((c) => [c.what, c.value, c.met])).toEqual([
      ['/ perf / a11y / best practices', `not measured: ${reason}`, false],
      ['/ LCP / CLS / TBT; all scripts loaded', `not measured: ${reason}`, false],
      ['/england perf / a11y / best practices (median of 3)', '99 [99 100 98] / 100 / 100', true],
      ['/england LCP / CLS / TBT; all scripts loaded', '500 ms / 0 / 12 ms; 144.5 KB', true],
    ]);
    expect(report.results.lighthouse).toEqual([
      { path: '/', notMeasured: reason },
      expect.objectContaining({ path: '/england', performance: 99 }),
    ]);
  });
});

describe('the client JS section', () => {
  const js = (path: string, gzipKb: number) => ({ path, scripts: 4, gzipKb });

  it('reports a page that fails twice as not measured, and the others against the floor', async () => {
    vi.mocked(firstLoadJs).mockImplementation(async (_base, path) => {
      if (path === '/about') return js(path, 174);
      if (path === '/england') throw new Error('/england answered 500');
      return js(path, 175.9);
    });
    const report = new Report();
    await jsSection({ report, base: 'http://x', log });
    const england = report.checks.find((c) => c.what.startsWith('/england '));
    expect(england).toMatchObject({ value: 'not measured: /england answered 500 (x2)', met: false });
    expect(vi.mocked(firstLoadJs).mock.calls.filter(([, p]) => p === '/england')).toHaveLength(2);
    expect(report.checks.find((c) => c.what.startsWith('/ '))).toMatchObject({
      what: '/ first-load JS (floor 174 KB)',
      value: '175.9 KB gzip',
      target: '<= 284.0 KB',
      met: true,
    });
    expect(report.checks).toHaveLength(PAGES.length); // one check a page, measured or not
  });

  it('reports every page as not measured when the floor is not', async () => {
    vi.mocked(firstLoadJs).mockImplementation(async (_base, path) => {
      if (path === '/about') throw new Error('fetch failed');
      return js(path, 175.9);
    });
    const report = new Report();
    await jsSection({ report, base: 'http://x', log });
    expect(new Set(report.checks.map((c) => c.value))).toEqual(
      new Set(['not measured: floor /about: fetch failed (x2)']),
    );
    expect(report.results.js).toMatchObject({ floor: { notMeasured: 'fetch failed (x2)' } });
  });
});
