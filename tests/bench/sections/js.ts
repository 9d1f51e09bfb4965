/** First-load JavaScript of each page against the floor page's. */
import { failed, retry, toJson } from '../attempts';
import { firstLoadJs } from '../client-js';
import { measuredRow, type Report } from '../report';
import { PAGES } from './pages';

const FLOOR = '/about';

export async function jsSection({ report, base, log }: { report: Report; base: string; log: (s: string) => void }) {
  log('client JavaScript');
  const area = report.area('js');
  const onFailure = (reason: string) => log(`client JS: ${reason}`);
  const floor = await retry(() => firstLoadJs(base, FLOOR), { onFailure });
  const pages = [];
  for (const p of PAGES) {
    const js = await retry(() => firstLoadJs(base, p.path), { onFailure });
    pages.push({ path: p.path, chart: p.chart, ...toJson(js) });
    const extra = p.chart ? 110 : 10;
    const limit = floor.ok ? floor.value.gzipKb + extra : undefined;
    area.row(
      `${p.path} first-load JS${floor.ok ? ` (floor ${floor.value.gzipKb} KB)` : ''}`,
      limit === undefined ? `<= floor + ${extra} KB` : `<= ${limit.toFixed(1)} KB`,
      () => {
        if (!floor.ok) return failed(`floor ${FLOOR}: ${floor.reason}`);
        if (!js.ok) return js;
        return measuredRow(`${js.value.gzipKb} KB gzip`, js.value.gzipKb <= (limit ?? NaN));
      },
    );
  }
  report.results.js = { floor: toJson(floor), pages };
}
