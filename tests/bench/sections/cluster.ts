/**
 * The several-servers shape (deploy/cluster: PostgreSQL, Redis, two app servers, nginx):
 * - through nginx, each target against a bare node:http server answering the same bytes from
 *   memory (the practical limit), in interleaved rounds, with its latency and errors;
 * - both app servers answering every target straight from PostgreSQL-backed pages, without error;
 * - how long a change takes to reach every server, page and API: with Redis and a refresh request
 *   (the ingest command line's), and without Redis (each server's 5 s window).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { missingPackages } from '../../../deploy/cluster/binaries';
import { startCluster, type Cluster } from '../../../deploy/cluster';
import { timeOneChange } from '../../../deploy/cluster/freshness';
import { createDb, type Db } from '../../../lib/db';
import { collect, failed, reasonOf, recordToJson, retry, valuesOf, type Outcome } from '../attempts';
import { measure } from '../http';
import { measuredRow, type Area, type Report } from '../report';
import { formatRatios, median, medianOf, pairOrder, roundRatios } from '../rounds';
import { BENCH_DIR } from '../server';
import { measureWrk, wrkInstalled } from '../wrk';
import { HTTP_TARGETS, measured, RAW_PORT, startRawServer, type Measured } from './http';

/** nginx's port; PostgreSQL and Redis take the two below it, the app servers the two above. */
const CLUSTER_PORT = 3410;
const MIN_RATIO = 0.8;
const MAX_P99_MS = 5;
const FRESH_WITH_REDIS_MS = 1_000;
const FRESH_WITHOUT_REDIS_MS = 6_000;

interface ClusterOptions {
  report: Report;
  seconds: number;
  rounds: number;
  log: (s: string) => void;
}

export async function clusterSection({ report, seconds, rounds, log }: ClusterOptions) {
  const area = report.area('cluster');
  const missing = missingPackages({ postgres: true, redis: true });
  if (missing.length) {
    area.notMeasured('the nginx tier and two servers on PostgreSQL', 'all', `needs ${missing.join(', ')}`);
    return;
  }
  log('cluster: starting PostgreSQL, Redis, two app servers and nginx (deploy/cluster)');
  const cluster = await startCluster({
    dir: path.join(BENCH_DIR, 'cluster'),
    servers: 2,
    port: CLUSTER_PORT,
    log: (line) => log(`cluster: ${line}`),
  });
  const db = createDb(cluster.databaseUrl);
  try {
    await throughNginx(area, report, cluster, { seconds, rounds, log });
    await bothServers(area, cluster, log);
    await freshness(area, report, cluster, db, log);
  } finally {
    await db.$disconnect();
    await cluster.stop();
  }
}

/** Each target through nginx against node:http with the same bytes; rounds interleave the two. */
async function throughNginx(
  area: Area,
  report: Report,
  cluster: Cluster,
  { seconds, rounds: roundCount, log }: Omit<ClusterOptions, 'report'>,
) {
  const dir = path.join(BENCH_DIR, 'cluster-raw');
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {};
  const bytes: Record<string, Outcome<number>> = {};
  for (const [i, p] of HTTP_TARGETS.entries()) {
    bytes[p] = await retry(async () => {
      const res = await fetch(`${cluster.url}${p}`, { headers: { 'accept-encoding': 'identity' } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`${p} answered ${res.status} through nginx`);
      const file = path.join(dir, `${i}.body`);
      writeFileSync(file, body);
      files[p] = file;
      return body.length;
    });
  }
  const mapFile = path.join(dir, 'map.json');
  writeFileSync(mapFile, JSON.stringify(files));
  const raw = await startRawServer(mapFile).then(
    (child) => ({ ok: true as const, child }),
    (error: unknown) => ({ ok: false as const, reason: `node:http ${reasonOf(error)}` }),
  );
  // At these rates autocannon (one Node process) is the limit; wrk (a C client, two threads) much less so.
  const client = wrkInstalled() ? 'wrk' : 'autocannon';
  const load = (url: string): Promise<Measured> =>
    client === 'wrk'
      ? retry(() => measureWrk(url, seconds), {
          problem: (r) => (r.requestsPerSecond > 0 ? undefined : `no request answered (${r.errors} errors)`),
          onFailure: (reason) => log(`HTTP ${url}: ${reason}`),
        })
      : measured(url, seconds, log);
  log(
    `cluster: ${roundCount} rounds of ${HTTP_TARGETS.length} targets through nginx and node:http, ${seconds} s each (${client})`,
  );
  const rounds: Array<{ nginx: Record<string, Measured>; raw: Record<string, Measured> }> = [];
  try {
    for (const p of HTTP_TARGETS) await measure(`${cluster.url}${p}`, 2, { warm: false }).catch(() => {});
    for (let r = 0; r < roundCount; r++) {
      const round: (typeof rounds)[number] = { nginx: {}, raw: {} };
      for (const p of HTTP_TARGETS) {
        for (const kind of pairOrder(r)) {
          if (kind === 'page') round.nginx[p] = await load(`${cluster.url}${p}`);
          else if (raw.ok && files[p]) round.raw[p] = await load(`http://127.0.0.1:${RAW_PORT}${p}`);
        }
      }
      rounds.push(round);
    }
  } finally {
    if (raw.ok) raw.child.kill();
  }
  report.results.cluster = {
    ...(report.results.cluster as object),
    client,
    throughNginx: rounds.map((r) => ({ nginx: recordToJson(r.nginx), nodeHttp: recordToJson(r.raw) })),
    bytes: recordToJson(bytes),
  };

  for (const p of HTTP_TARGETS) {
    const pages = rounds.map((r) => r.nginx[p]);
    const measuredPages = valuesOf(pages).filter((x) => x !== undefined);
    const notMeasured = measuredPages.length
      ? undefined
      : failed((bytes[p]?.ok === false && bytes[p].reason) || 'no round measured it');
    area.row(`${p} through nginx x node:http (same bytes, ${client})`, `>= ${MIN_RATIO.toFixed(2)} x node:http`, () => {
      if (!raw.ok) return failed(raw.reason);
      if (notMeasured) return notMeasured;
      const nginxRps = pages.map((o) => (o?.ok ? o.value.requestsPerSecond : undefined));
      const rawRps = rounds.map((r) => (r.raw[p]?.ok ? r.raw[p].value.requestsPerSecond : undefined));
      const ratios = roundRatios(nginxRps, rawRps);
      if (!ratios.length) return failed('no round measured both');
      const value = `${formatRatios(ratios)} (${Math.round(medianOf(nginxRps) ?? NaN)} vs ${Math.round(medianOf(rawRps) ?? NaN)} req/s)`;
      return measuredRow(value, median(ratios) >= MIN_RATIO);
    });
    area.row(`${p} through nginx p50 / p99 ms`, `p99 <= ${MAX_P99_MS}`, () => {
      if (notMeasured) return notMeasured;
      const p99 = median(measuredPages.map((m) => m.p99));
      return measuredRow(`${median(measuredPages.map((m) => m.p50))} / ${p99}`, p99 <= MAX_P99_MS);
    });
    area.row(`${p} through nginx errors`, '0', () => {
      if (notMeasured) return notMeasured;
      const errors = measuredPages.reduce((n, m) => n + m.errors + m.non2xx, 0);
      return measuredRow(String(errors), errors === 0);
    });
  }
}

/** Every target straight from each app server (no nginx): both serve them all, without an error. */
async function bothServers(area: Area, cluster: Cluster, log: (s: string) => void) {
  const runs: Measured[] = [];
  for (const server of cluster.servers) {
    for (const p of HTTP_TARGETS) runs.push(await measured(`${server.url}${p}`, 2, log, { warm: true }));
  }
  area.row(`two servers on PostgreSQL: ${HTTP_TARGETS.length} targets from each, errors`, '0', () => {
    const ok = valuesOf(runs).filter((x) => x !== undefined);
    if (ok.length < runs.length) return failed(runs.flatMap((r) => (r.ok ? [] : [r.reason])).join('; '));
    const errors = ok.reduce((n, m) => n + m.errors + m.non2xx, 0);
    const rps = ok.map((m) => Math.round(m.requestsPerSecond));
    return measuredRow(
      `${errors} (req/s per server and target: ${Math.min(...rps)}-${Math.max(...rps)})`,
      errors === 0,
    );
  });
}

/** Changes timed until every server shows them: with Redis (and a refresh), then with each server alone. */
async function freshness(area: Area, report: Report, cluster: Cluster, db: Db, log: (s: string) => void) {
  const times = async (refresh: boolean, count: number, timeoutMs: number) =>
    collect(() => timeOneChange(cluster, db, { refresh, timeoutMs }), count, {
      tries: count + 2,
      onFailure: (reason) => log(`cluster: a change was not seen: ${reason}`),
    });
  const row = (what: string, limit: number, result: { values: number[]; failures: string[] }) =>
    area.row(what, `<= ${limit} ms`, () => {
      if (!result.values.length) return failed(result.failures.join('; ') || 'not measured');
      const max = Math.max(...result.values);
      const value = `${Math.round(median(result.values))} / ${Math.round(max)} (${result.values.length} changes)`;
      return measuredRow(value, max <= limit && result.failures.length === 0);
    });

  log('cluster: freshness with Redis');
  const withRedis = await times(true, 5, 5_000);
  row('freshness with Redis, page and API: median / max ms', FRESH_WITH_REDIS_MS, withRedis);

  log('cluster: restarting the app servers without Redis');
  const env = { ...cluster.serverEnv };
  delete env.REDIS_URL;
  for (const server of cluster.servers) {
    await server.stop();
    await server.start(env);
    await fetch(`${server.url}/councils/watford`).catch(() => {});
  }
  const withoutRedis = await times(false, 3, 15_000);
  row('freshness without Redis (each server’s 5 s window): median / max ms', FRESH_WITHOUT_REDIS_MS, withoutRedis);
  report.results.cluster = {
    ...(report.results.cluster as object),
    freshnessMs: { withRedis: withRedis.values, withoutRedis: withoutRedis.values },
  };
}
