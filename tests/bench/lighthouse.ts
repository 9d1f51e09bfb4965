import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../support/chromium';
import { collect, failed, reasonOf, summarise, type Outcome } from './attempts';
import { pageResult, runProblem, type Lhr, type LighthouseResult } from './lighthouse-median';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Lighthouse's desktop preset on each page, in Debian's Chromium (no browser download). Each page
 * is run until it has `runs` usable runs and the median run is reported (Lighthouse's own
 * computeMedianRun, by FCP and TTI), as Lighthouse recommends for a noisy machine. A run that
 * throws, or records no first paint or time to interactive, is run again, up to `tries` runs a
 * page in all; a page with no usable run is not measured, with the reason, and the next page runs.
 */
export async function runLighthouse(
  base: string,
  paths: string[],
  { runs = 3, tries = runs * 2, log }: { runs?: number; tries?: number; log: (s: string) => void },
): Promise<Array<{ path: string; outcome: Outcome<LighthouseResult> }>> {
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  const stopChrome = () => {
    try {
      chrome?.kill();
    } catch {
      /* already gone */
    }
    chrome = undefined;
  };
  const once = async (url: string): Promise<Lhr> => {
    try {
      chrome ??= await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
      if (!result) throw new Error('Lighthouse returned no result');
      return result.lhr;
    } catch (error) {
      // A run that throws may leave Chrome unusable: the next run starts a fresh one.
      stopChrome();
      throw error;
    }
  };
  const out: Array<{ path: string; outcome: Outcome<LighthouseResult> }> = [];
  try {
    for (const path of paths) {
      const { values, failures } = await collect(() => once(`${base}${path}`), runs, {
        tries,
        problem: runProblem,
        onFailure: (reason, n) => log(`Lighthouse run ${n + 1} of ${path}: ${reason}`),
      });
      let outcome: Outcome<LighthouseResult>;
      if (values.length === 0)
        outcome = failed(`no usable run in ${failures.length}: ${summarise(failures)}`, failures);
      else {
        try {
          outcome = { ok: true, value: pageResult(path, values), failures };
        } catch (error) {
          outcome = failed(`median run: ${reasonOf(error)}`, failures);
        }
      }
      out.push({ path, outcome });
    }
  } finally {
    stopChrome();
  }
  return out;
}
