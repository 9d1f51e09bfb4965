/** Lighthouse scores and web vitals of each page. */
import { toJson } from '../attempts';
import { runLighthouse } from '../lighthouse';
import type { Report } from '../report';
import { PAGES } from './pages';

const RUNS = 3;
const SCORES = '>= 95 / 100 / >= 95';

export async function lighthouseSection({
  report,
  base,
  log,
  paths = PAGES.map((p) => p.path),
}: {
  report: Report;
  base: string;
  log: (s: string) => void;
  paths?: string[];
}) {
  log(`Lighthouse (desktop), ${RUNS} runs a page`);
  const area = report.area('lighthouse');
  const pages = await runLighthouse(base, paths, { runs: RUNS, log });
  report.results.lighthouse = pages.map(({ path, outcome }) => ({ path, ...toJson(outcome) }));
  for (const { path, outcome } of pages) {
    const scores = `${path} perf / a11y / best practices`;
    const vitals = `${path} LCP / CLS / TBT; all scripts loaded`;
    if (!outcome.ok) {
      area.notMeasured(scores, SCORES, outcome.reason);
      area.notMeasured(vitals, 'reported', outcome.reason);
      continue;
    }
    const r = outcome.value;
    area.check(
      `${scores} (median of ${r.runs})`,
      `${r.performance} [${r.performanceRuns.join(' ')}] / ${r.accessibility} / ${r.bestPractices}`,
      SCORES,
      r.performance >= 95 && r.accessibility === 100 && r.bestPractices >= 95,
    );
    area.check(vitals, `${r.lcpMs} ms / ${r.cls} / ${r.tbtMs} ms; ${r.scriptKb} KB`, 'reported', true);
  }
}
