import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { describe, expect, it } from 'vitest';
import { pageResult, runProblem, type Lhr } from '../../bench/lighthouse-median';

/** The parts of a Lighthouse result the benchmark reads. */
function lhr({
  fcp,
  tti,
  performance = 0.97,
  runtimeError,
}: {
  fcp?: number;
  tti?: number;
  performance?: number;
  runtimeError?: { code: string; message: string };
}): Lhr {
  const numeric = (numericValue: number | undefined) => (numericValue === undefined ? {} : { numericValue });
  return {
    audits: {
      'first-contentful-paint': numeric(fcp),
      interactive: numeric(tti),
      'largest-contentful-paint': { numericValue: 512.4 },
      'cumulative-layout-shift': { numericValue: 0.0123 },
      'total-blocking-time': { numericValue: 33.3 },
      'resource-summary': { details: { items: [{ resourceType: 'script', transferSize: 148_000 }] } },
    },
    categories: {
      performance: { score: performance },
      accessibility: { score: 1 },
      'best-practices': { score: 0.96 },
    },
    ...(runtimeError ? { runtimeError } : {}),
  } as unknown as Lhr;
}

describe('which Lighthouse runs count', () => {
  it('takes a run with a first paint and a time to interactive', () => {
    expect(runProblem(lhr({ fcp: 400, tti: 900 }))).toBeUndefined();
  });

  it('refuses a run with no first contentful paint, naming Lighthouse’s error', () => {
    const noFcp = lhr({ tti: 900, runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } });
    expect(runProblem(noFcp)).toBe('no first contentful paint (NO_FCP)');
  });

  it('refuses a first paint of 0 and a missing time to interactive, as Lighthouse’s median does', () => {
    expect(runProblem(lhr({ fcp: 0, tti: 900 }))).toBe('no first contentful paint');
    expect(runProblem(lhr({ fcp: 400 }))).toBe('no time to interactive');
    expect(runProblem(lhr({}))).toBe('no first contentful paint, no time to interactive');
  });

  it('refuses exactly the runs that would make computeMedianRun throw', () => {
    const runs = [lhr({ fcp: 400, tti: 900 }), lhr({ fcp: 0, tti: 900 }), lhr({ fcp: 400 }), lhr({ tti: 900 })];
    for (const run of runs) {
      const throws = (() => {
        try {
          computeMedianRun([lhr({ fcp: 450, tti: 950 }), run]);
          return false;
        } catch {
          return true;
        }
      })();
      expect(runProblem(run) !== undefined).toBe(throws);
    }
  });
});

describe("a page's result", () => {
  it('reports the median run and every run’s score', () => {
    const result = pageResult('/england', [
      lhr({ fcp: 300, tti: 800, performance: 1 }),
      lhr({ fcp: 500, tti: 1000, performance: 0.91 }),
      lhr({ fcp: 400, tti: 900, performance: 0.97 }),
    ]);
    expect(result).toEqual({
      path: '/england',
      runs: 3,
      performance: 97,
      accessibility: 100,
      bestPractices: 96,
      lcpMs: 512,
      cls: 0.012,
      tbtMs: 33,
      scriptKb: 144.5,
      performanceRuns: [100, 91, 97],
    });
  });
});
