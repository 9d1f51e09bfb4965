/** Which Lighthouse runs count, and the result of a page from those that do. */
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export type Lhr = Parameters<typeof computeMedianRun>[0][number];

export interface LighthouseResult {
  path: string;
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Every script the page loaded by the end of the run, lazy chunks too: KB over the wire. */
  scriptKb: number;
  /** Every run's performance score, for the spread. */
  performanceRuns: number[];
}

// Read as Lighthouse's median-run.js reads them: a missing value, or 0, is no value.
const metric = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue || NaN;

/**
 * Why a run cannot be used, or undefined when it can: computeMedianRun throws ("Some runs were
 * missing an FCP value") for a run without a first contentful paint or a time to interactive,
 * which a run on a loaded machine sometimes lacks.
 */
export function runProblem(lhr: Lhr): string | undefined {
  const missing = [
    Number.isFinite(metric(lhr, 'first-contentful-paint')) ? [] : ['no first contentful paint'],
    Number.isFinite(metric(lhr, 'interactive')) ? [] : ['no time to interactive'],
  ].flat();
  if (missing.length === 0) return undefined;
  return `${missing.join(', ')}${lhr.runtimeError ? ` (${lhr.runtimeError.code})` : ''}`;
}

function scriptTransferKb(lhr: Lhr): number {
  const details = lhr.audits['resource-summary']?.details as
    { items?: Array<{ resourceType: string; transferSize: number }> } | undefined;
  const script = details?.items?.find((i) => i.resourceType === 'script');
  return Math.round(((script?.transferSize ?? NaN) / 1024) * 10) / 10;
}

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/** A page's result from its usable runs: Lighthouse's own median run (by FCP and TTI), every run's score. */
export function pageResult(path: string, lhrs: Lhr[]): LighthouseResult {
  const lhr = computeMedianRun(lhrs);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    path,
    runs: lhrs.length,
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    tbtMs: Math.round(audit('total-blocking-time')),
    scriptKb: scriptTransferKb(lhr),
    performanceRuns: lhrs.map((l) => score(l, 'performance')),
  };
}
