/**
 * How long a change takes to reach every app server: a figure no page has shown is written as the
 * ingest command line writes it, the servers are asked to refresh (or not), and each server is
 * read directly until it shows the figure. The fault tests hold it to its limits; the benchmark
 * reports it.
 */
import { askServersToRefresh } from '../../lib/cache/notify';
import type { Db } from '../../lib/db';
import { ingestArticle } from '../../lib/ingest';
import type { Cluster } from './index';
import { sleep } from './process';

let written = 0;

/** Writes a new Watford figure (its own publisher, so its own article); the money as pages show it. */
async function writeNewFigure(db: Db): Promise<{ page: string; money: string; pounds: number }> {
  written += 1;
  const pounds = 40_000 + ((Date.now() + written * 7_919) % 50_000);
  const year = 2000 + (written % 20);
  const money = `£${pounds.toLocaleString('en-GB')}`;
  await ingestArticle(db, {
    text: `Watford Borough Council spent ${money} on CCTV in ${year}-${String((year + 1) % 100).padStart(2, '0')}.`,
    publisher: `Freshness check ${process.pid}-${written}-${Date.now()}`,
  });
  return { page: '/councils/watford', money, pounds };
}

/** Reads `page` on every server directly until each contains `needle`; the milliseconds it took. */
async function untilEveryServerShows(
  cluster: Pick<Cluster, 'servers'>,
  page: string,
  needle: string,
  timeoutMs: number,
): Promise<number> {
  const started = performance.now();
  const pending = new Set(cluster.servers.map((s) => s.url));
  while (pending.size) {
    for (const base of [...pending]) {
      const body = await fetch(`${base}${page}`).then(
        (r) => r.text(),
        () => '',
      );
      if (body.includes(needle)) pending.delete(base);
    }
    if (performance.now() - started > timeoutMs) {
      throw new Error(`${[...pending].join(', ')} did not show ${needle} on ${page} within ${timeoutMs} ms`);
    }
    if (pending.size) await sleep(25);
  }
  return performance.now() - started;
}

/**
 * One change, timed from the moment it is written until every server shows it, on its page and in
 * the API. With `refresh`, one server is asked to refresh, as the ingest command line does.
 */
export async function timeOneChange(
  cluster: Pick<Cluster, 'servers' | 'ingestEnv'>,
  db: Db,
  { refresh, timeoutMs }: { refresh: boolean; timeoutMs: number },
): Promise<number> {
  const { page, money, pounds } = await writeNewFigure(db);
  const started = performance.now();
  if (refresh) {
    const [answer] = await askServersToRefresh({
      urls: [cluster.servers[0]!.url],
      secret: cluster.ingestEnv.REVALIDATE_SECRET ?? '',
    });
    if (!answer?.ok) throw new Error(`the refresh failed: ${answer?.detail}`);
  }
  await untilEveryServerShows(cluster, page, money, timeoutMs);
  await untilEveryServerShows(cluster, '/api/councils/watford', String(pounds), timeoutMs);
  return performance.now() - started;
}
