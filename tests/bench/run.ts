/**
 * npm run bench [-- --only http,js,lighthouse,scale,cluster] [--seconds 10] [--rounds 3]
 * Measures a production build (docs/performance.md) and prints each figure with its target and
 * whether it is met; the full results go to bench-results/ as JSON. One section per area
 * (sections/); a measure that fails on its own is reported as not measured and the rest go on.
 * Exit code 0 when the benchmark ran, whatever it found; 1 when its setup failed (the build, a
 * server that will not start); 2 for bad arguments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { reasonOf, type Outcome } from './attempts';
import { formatTable, Report, summaryLine } from './report';
import { clusterSection } from './sections/cluster';
import { FLOOR, HTTP_TARGETS, httpSection } from './sections/http';
import { jsSection } from './sections/js';
import { lighthouseSection } from './sections/lighthouse';
import { scaleSection } from './sections/scale';
import { build, makeStore, SetupError, startNext } from './server';
import { removeCopies, removeCopiesOnExit, writeCopies, type StaticCopy } from './static-copies';

const SECTIONS = ['http', 'js', 'lighthouse', 'scale', 'cluster'] as const;
const PORT = 3200;

const parsed = z
  .object({
    only: z
      .string()
      .default(SECTIONS.join(','))
      .transform((s) => s.split(',').map((x) => x.trim()))
      .pipe(z.array(z.enum(SECTIONS)))
      .transform((xs) => new Set(xs)),
    seconds: z.coerce.number().int().min(1).max(60).default(10),
    rounds: z.coerce.number().int().min(1).max(9).default(3),
  })
  .safeParse(
    parseArgs({ options: { only: { type: 'string' }, seconds: { type: 'string' }, rounds: { type: 'string' } } })
      .values,
  );
if (!parsed.success) {
  console.error(`bench: ${z.prettifyError(parsed.error)}`);
  process.exit(2);
}
const opts = parsed.data;

const log = (s: string) => console.error(`bench: ${s}`);
const report = new Report();
report.results.startedAt = new Date().toISOString();
report.results.machine = {
  cpus: os.cpus().length,
  model: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  loadAverage: os.loadavg(),
  node: process.version,
};
report.results.options = { ...opts, only: [...opts.only] };

/**
 * Runs one section. A measure that fails is the section's own business (a not-measured row); an
 * error that escapes it ends only that section, as a not-measured row, unless the setup failed.
 */
async function section(area: string, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    if (error instanceof SetupError) throw error;
    console.error(error);
    report.area(area).notMeasured('the whole section', 'all', `it stopped: ${reasonOf(error)}`);
  }
}

/** The http, js and lighthouse sections, on one build served by one `next start`. */
async function pagesSections(): Promise<string> {
  log('building against a store seeded from seeds/');
  const store = await makeStore('pages');
  build(store.file);
  removeCopiesOnExit();
  try {
    removeCopies(); // what a killed run left
    let copies: Record<string, Outcome<StaticCopy>> = {};
    if (opts.only.has('http')) {
      // The static copies must exist before `next start`, which lists public/ once (static-copies.ts).
      const reader = await startNext(store.file, PORT);
      try {
        copies = await writeCopies(reader.url, [FLOOR, ...HTTP_TARGETS]);
      } finally {
        await reader.stop();
      }
    }
    const server = await startNext(store.file, PORT);
    const base = server.url;
    try {
      const { seconds, rounds } = opts;
      if (opts.only.has('http'))
        await section('http', () => httpSection({ report, base, copies, seconds, rounds, log }));
      if (opts.only.has('js')) await section('js', () => jsSection({ report, base, log }));
      if (opts.only.has('lighthouse')) await section('lighthouse', () => lighthouseSection({ report, base, log }));
    } finally {
      await server.stop();
    }
  } finally {
    removeCopies();
  }
  return store.file;
}

let stopped: unknown;
try {
  let pagesStore: string | null = null;
  if (opts.only.has('http') || opts.only.has('js') || opts.only.has('lighthouse')) pagesStore = await pagesSections();
  if (opts.only.has('scale')) await section('scale', () => scaleSection({ report, pagesStore, port: PORT, log }));
  if (opts.only.has('cluster')) {
    const { seconds, rounds } = opts;
    await section('cluster', () => clusterSection({ report, seconds, rounds, log }));
  }
} catch (error) {
  stopped = error;
  report.results.stopped = reasonOf(error);
}

report.results.checks = report.checks;
mkdirSync('bench-results', { recursive: true });
const out = path.join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(out, `${JSON.stringify(report.results, null, 2)}\n`);

for (const line of formatTable(report.checks)) console.log(line);
console.log(`\n${summaryLine(report.checks)}; results in ${out}`);
if (stopped !== undefined) {
  console.error(`\nbench: stopped, the setup failed: ${stopped instanceof Error ? stopped.message : String(stopped)}`);
  process.exitCode = 1;
}
