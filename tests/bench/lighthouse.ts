import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS } from '../support/chromium';

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

type Lhr = Parameters<typeof computeMedianRun>[0][number];

function scriptTransferKb(lhr: Lhr): number {
  const details = lhr.audits['resource-summary']?.details as
    { items?: Array<{ resourceType: string; transferSize: number }> } | undefined;
  const script = details?.items?.find((i) => i.resourceType === 'script');
  return Math.round(((script?.transferSize ?? NaN) / 1024) * 10) / 10;
}

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Lighthouse's desktop preset on each page, in Debian's Chromium (no browser download). Each
 * page is run `runs` times and the median run reported (Lighthouse's own computeMedianRun, by
 * FCP and TTI), as Lighthouse recommends for a noisy machine.
 */
export async function runLighthouse(base: string, paths: string[], runs = 3): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const out: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      const lhrs = [];
      // A run on a loaded machine sometimes records no first paint; it is run again (at most
      // `runs` more times) rather than let one bad run end the benchmark.
      for (let attempt = 0; lhrs.length < runs && attempt < runs * 2; attempt++) {
        const result = await lighthouse(
          `${base}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          desktopConfig,
        );
        const fcp = result?.lhr.audits['first-contentful-paint']?.numericValue;
        if (result?.lhr && typeof fcp === 'number') lhrs.push(result.lhr);
        else
          console.error(
            `lighthouse: a run of ${path} had no first paint (${result?.lhr.runtimeError?.code ?? 'no result'})`,
          );
      }
      if (lhrs.length === 0) throw new Error(`lighthouse: no run of ${path} recorded a first paint`);
      const lhr = computeMedianRun(lhrs);
      const score = (l: typeof lhr, id: string) => Math.round((l.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      out.push({
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
      });
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
