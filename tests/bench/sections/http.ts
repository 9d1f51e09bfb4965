/**
 * Throughput of each HTTP target against the cheapest answers the same server gives: its
 * same-size static copy (the target), the /about page (the floor of earlier runs, kept so runs
 * compare across time) and a node:http server with the same bytes (the physical limit).
 * tests/bench/rounds.ts explains the interleaving.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { failed, reasonOf, reasonsOf, recordToJson, retry, toJson, valuesOf, type Outcome } from '../attempts';
import { measure, type HttpResult } from '../http';
import { measuredRow, type Area, type Report } from '../report';
import { floorAround, formatRatios, median, medianOf, pairOrder, roundRatios } from '../rounds';
import { BENCH_DIR } from '../server';
import { checkServed, type StaticCopy } from '../static-copies';

export const FLOOR = '/about';
export const HTTP_TARGETS = [
  '/',
  '/councils/welwyn-hatfield',
  '/compare?a=welwyn-hatfield&b=hertsmere',
  '/england',
  '/api/councils',
  // Issue 13: the list and its search, compare per resident, the dataset and the suggestions.
  '/councils?sort=per-resident',
  '/councils?q=welwyn',
  '/compare?a=welwyn-hatfield&b=hertsmere&per=resident',
  '/api/facts.csv',
  '/api/search?q=welw',
];
export const RAW_PORT = 3299;
const MIN_RATIO = 0.9;

export type Measured = Outcome<HttpResult>;

interface HttpOptions {
  report: Report;
  base: string;
  /** Each page's static copy, written before the server started (static-copies.ts). */
  copies: Record<string, Outcome<StaticCopy>>;
  seconds: number;
  rounds: number;
  log: (s: string) => void;
}

/**
 * One measurement, tried twice; a copy that answers anything but 2xx is no copy. No warm-up of its
 * own unless asked: the rounds warm every route once before the first.
 */
export function measured(
  url: string,
  seconds: number,
  log: (s: string) => void,
  { copy = false, warm = false } = {},
): Promise<Measured> {
  return retry(() => measure(url, seconds, { warm }), {
    problem: (r) => {
      if (!(r.requestsPerSecond > 0)) return `no request answered (${r.errors} errors)`;
      if (copy && r.non2xx > 0) return `the static copy answered ${r.non2xx} requests with non-2xx`;
      return undefined;
    },
    onFailure: (reason) => log(`HTTP ${url}: ${reason}`),
  });
}

const rps = (o: Measured | undefined) => (o?.ok ? o.value.requestsPerSecond : undefined);

export async function httpSection({ report, base, copies, seconds, rounds: roundCount, log }: HttpOptions) {
  const area = report.area('http');
  // A copy the server does not answer with the page's bytes would make a false floor.
  const copy: Record<string, Outcome<StaticCopy>> = {};
  for (const p of HTTP_TARGETS) {
    const c = copies[p] ?? failed('no static copy was written');
    copy[p] = c.ok ? await retry(() => checkServed(base, c.value).then(() => c.value)) : c;
  }
  const copyUrl = (p: string) => {
    const c = copy[p];
    return c?.ok ? `${base}${c.value.url}` : undefined;
  };

  log(
    `HTTP: ${roundCount} rounds of ${HTTP_TARGETS.length} routes, each with its same-size static copy, and the ` +
      `floor ${FLOOR}; ${seconds} s each at 32 connections, then the node:http baseline`,
  );
  for (const url of [`${base}${FLOOR}`, ...HTTP_TARGETS.flatMap((p) => [`${base}${p}`, copyUrl(p) ?? []].flat())]) {
    await measure(url, 2, { warm: false }).catch((e: unknown) => log(`HTTP warm-up of ${url}: ${reasonOf(e)}`));
  }
  const floors: Measured[] = [await measured(`${base}${FLOOR}`, seconds, log)];
  const rounds: Array<{ page: Record<string, Measured>; copy: Record<string, Measured> }> = [];
  for (let r = 0; r < roundCount; r++) {
    const round: (typeof rounds)[number] = { page: {}, copy: {} };
    for (const p of HTTP_TARGETS) {
      for (const kind of pairOrder(r)) {
        const url = copyUrl(p);
        if (kind === 'page') round.page[p] = await measured(`${base}${p}`, seconds, log);
        else if (url) round.copy[p] = await measured(url, seconds, log, { copy: true });
      }
    }
    floors.push(await measured(`${base}${FLOOR}`, seconds, log));
    rounds.push(round);
  }
  const raw = await rawBaseline(copies, seconds, log);

  report.results.http = {
    floors: floors.map(toJson),
    rounds: rounds.map((r) => ({ page: recordToJson(r.page), sameSizeStatic: recordToJson(r.copy) })),
    staticCopies: recordToJson(copy),
    raw: recordToJson(raw),
  };

  const floorRps = valuesOf(floors).map((f) => f?.requestsPerSecond);
  const roundFloors = rounds.map((_, i) => floorAround(floorRps, i));
  for (const p of HTTP_TARGETS) {
    targetRows(area, p, {
      pages: rounds.map((r) => r.page[p]),
      copies: rounds.map((r) => r.copy[p]),
      copy: copy[p] ?? failed('no static copy'),
      roundFloors,
      floors,
      raw: raw[p] ?? failed('not run'),
    });
  }
  area.row(`floor ${FLOOR} req/s, p99 (node:http same bytes)`, 'reference', () => {
    const ok = valuesOf(floors).filter((x) => x !== undefined);
    if (!ok.length) return failed(reasonsOf(floors));
    const r = raw[FLOOR];
    const rawText = r?.ok ? String(Math.round(r.value.requestsPerSecond)) : `node:http not measured: ${r?.reason}`;
    return measuredRow(
      `${Math.round(median(ok.map((f) => f.requestsPerSecond)))}, ${median(ok.map((f) => f.p99))} ms (${rawText})`,
      true,
    );
  });
}

/** The rows of one target: x its same-size static copy (the target), x the floor, x node:http, latency, errors. */
export function targetRows(
  area: Area,
  p: string,
  m: {
    /** The page's measurement in each round, and its copy's. */
    pages: Array<Measured | undefined>;
    copies: Array<Measured | undefined>;
    copy: Outcome<StaticCopy>;
    /** Each round's floor, and the floors measured. */
    roundFloors: Array<number | undefined>;
    floors: Measured[];
    raw: Measured;
  },
) {
  const pageRps = m.pages.map(rps);
  const measuredPages = valuesOf(m.pages).filter((x) => x !== undefined);
  const pageMedian = medianOf(pageRps);
  const page = pageMedian === undefined ? failed(reasonsOf(m.pages) || 'no round measured it') : undefined;
  const size = m.copy.ok ? ` (${(m.copy.value.bytes / 1024).toFixed(1)} KB)` : '';

  area.row(`${p} x same-size static${size}`, `>= ${MIN_RATIO.toFixed(2)} x same-size static`, () => {
    if (!m.copy.ok) return failed(m.copy.reason);
    const copyRps = m.copies.map(rps);
    const ratios = roundRatios(pageRps, copyRps);
    if (!ratios.length) return failed(reasonsOf([...m.pages, ...m.copies]) || 'no round measured both');
    const value = `${formatRatios(ratios)} (${Math.round(pageMedian ?? NaN)} vs ${Math.round(medianOf(copyRps) ?? NaN)} req/s)`;
    return measuredRow(value, median(ratios) >= MIN_RATIO);
  });
  area.row(`${p} req/s, x floor ${FLOOR}`, 'reported', () => {
    if (page) return page;
    const ratios = roundRatios(pageRps, m.roundFloors);
    if (!ratios.length) return failed(`floor: ${reasonsOf(m.floors)}`);
    return measuredRow(`${Math.round(pageMedian ?? NaN)}, ${formatRatios(ratios)}`, true);
  });
  area.row(`${p} x node:http (same bytes)`, 'reported', () => {
    if (page) return page;
    if (!m.raw.ok) return failed(`node:http: ${m.raw.reason}`);
    const rawRps = m.raw.value.requestsPerSecond;
    return measuredRow(`${((pageMedian ?? NaN) / rawRps).toFixed(2)} (node:http ${Math.round(rawRps)} req/s)`, true);
  });
  area.row(`${p} p50 / p99 ms`, 'p99 <= 50', () => {
    if (page) return page;
    const p99 = median(measuredPages.map((r) => r.p99));
    return measuredRow(`${median(measuredPages.map((r) => r.p50))} / ${p99}`, p99 <= 50);
  });
  area.row(`${p} errors`, '0', () => {
    if (page) return page;
    const errors = measuredPages.reduce((n, r) => n + r.errors + r.non2xx, 0);
    return measuredRow(String(errors), errors === 0);
  });
}

/** The node:http server (raw-server.ts) serving the copies' bytes from memory; rejects if it does not start. */
export function startRawServer(mapFile: string): Promise<ChildProcess> {
  const child = fork(path.resolve('tests/bench/raw-server.ts'), [mapFile, String(RAW_PORT)], {
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('did not start in 20 s'));
    }, 20_000);
    child.once('message', () => {
      clearTimeout(timer);
      resolve(child);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with code ${code}`));
    });
  });
}

/** The physical limit: each page's bytes (those of its static copy) from a plain node:http server. */
async function rawBaseline(
  copies: Record<string, Outcome<StaticCopy>>,
  seconds: number,
  log: (s: string) => void,
): Promise<Record<string, Measured>> {
  const out: Record<string, Measured> = {};
  const files: Record<string, string> = {};
  for (const [p, c] of Object.entries(copies)) {
    if (c.ok) files[p] = c.value.file;
    else out[p] = failed(c.reason);
  }
  if (Object.keys(files).length === 0) return out;
  mkdirSync(BENCH_DIR, { recursive: true });
  const mapFile = path.join(BENCH_DIR, 'raw-map.json');
  writeFileSync(mapFile, JSON.stringify(files));
  let child: ChildProcess;
  try {
    child = await startRawServer(mapFile);
  } catch (error) {
    for (const p of Object.keys(files)) out[p] = failed(`the server ${reasonOf(error)}`);
    return out;
  }
  try {
    for (const p of Object.keys(files))
      out[p] = await measured(`http://127.0.0.1:${RAW_PORT}${p}`, seconds, log, { warm: true });
  } finally {
    child.kill();
  }
  return out;
}
