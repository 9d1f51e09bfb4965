/**
 * Scale: parse throughput and ingest time on synthetic articles for 350 councils x 10 years, the
 * store's size, and uncached server renders at 2, 50 and 350 councils.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { extractFacts } from '../../../lib/extract';
import { failed, reasonOf, recordToJson, retry, type Outcome } from '../attempts';
import { measuredRow, type Report, type Row } from '../report';
import { median } from '../rounds';
import { build, makeStore, startNext } from '../server';
import { syntheticArticles } from '../synthetic';

const SIZES = ['2', '50', '350'] as const;
const RENDERED = ['/', '/councils', '/councils/welwyn-hatfield', '/compare/welwyn-hatfield/hertsmere'];

/** Median time of fresh (uncached) server renders, forced with Next's on-demand revalidation header. */
async function uncachedRender(base: string, p: string, previewId: string, runs = 15): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}${p}`, { headers: { 'x-prerender-revalidate': previewId } });
    await res.arrayBuffer();
    const cache = res.headers.get('x-nextjs-cache');
    if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    if (cache !== 'REVALIDATED') throw new Error(`${p} was not rendered afresh (x-nextjs-cache: ${cache ?? 'none'})`);
    times.push(performance.now() - t0);
  }
  return median(times.slice(5));
}

type Renders = Record<string, Record<string, Outcome<number>>>;

/** Why renders of `p` were not measured, by store size ("at 350 councils: ..."), or '' if all were. */
const renderFailures = (render: Renders, p: string, sizes: readonly string[] = SIZES) =>
  sizes
    .flatMap((n) => {
      const o = render[n]?.[p];
      return o && !o.ok ? [`at ${n} councils: ${o.reason}`] : [];
    })
    .join('; ');

/** "22.5 / 21.6 / 24.0"; a size that was not measured is written as such, with why. */
function renderTimes(render: Renders, p: string) {
  const times = SIZES.map((n) => {
    const o = render[n]?.[p];
    return o?.ok ? o.value.toFixed(1) : 'not measured';
  }).join(' / ');
  const failures = renderFailures(render, p);
  return failures ? `${times} (not measured ${failures})` : times;
}

export async function scaleSection({
  report,
  pagesStore,
  port,
  log,
}: {
  report: Report;
  /** The store of the pages' build, when the pages sections made one. */
  pagesStore: string | null;
  port: number;
  log: (s: string) => void;
}) {
  const area = report.area('scale');
  const articles = syntheticArticles(350);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  log(
    `scale: ${articles.length} synthetic articles (${(bytes / 1024 / 1024).toFixed(2)} MB) for 350 councils x 10 years`,
  );
  const passes: number[] = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    found = 0;
    for (const a of articles) found += extractFacts(a.text, { published: a.published }).facts.length;
    passes.push((performance.now() - t0) / 1000);
  }
  const expected = articles.reduce((n, a) => n + a.expectedFacts, 0);
  const seconds = median(passes);
  const perSecond = articles.length / seconds;
  area.check(
    'parse throughput',
    `${Math.round(perSecond)} articles/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s`,
    '>= 1,000 articles/s',
    perSecond >= 1000,
  );
  area.check('facts found / stated by the templates', `${found} / ${expected}`, 'all', found === expected);

  log('scale: ingesting into fresh stores of 50 and 350 councils');
  const s50 = await makeStore('scale-50', syntheticArticles(50));
  const s350 = await makeStore('scale-350', articles);
  const perArticle = median(s350.times);
  area.check(
    'ingest per article (median, mean)',
    `${perArticle.toFixed(2)} ms, ${(s350.times.reduce((a, b) => a + b, 0) / s350.times.length).toFixed(2)} ms`,
    '<= 10 ms',
    perArticle <= 10,
  );
  const size = ['', '-wal'].reduce(
    (n, s) => n + (existsSync(`${s350.file}${s}`) ? statSync(`${s350.file}${s}`).size : 0),
    0,
  );
  area.check('database size at 350 councils', `${(size / 1024 / 1024).toFixed(1)} MB`, 'reported', true);

  if (!pagesStore) {
    pagesStore = (await makeStore('pages')).file;
    build(pagesStore);
  }
  const previewId = z
    .string()
    .parse(JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')).preview.previewModeId);
  const stores = { '2': pagesStore, '50': s50.file, '350': s350.file };
  const render: Renders = {};
  for (const n of SIZES) {
    render[n] = {};
    let server;
    try {
      server = await startNext(stores[n], port);
    } catch (error) {
      for (const p of RENDERED) render[n][p] = failed(reasonOf(error));
      continue;
    }
    try {
      for (const p of RENDERED) {
        render[n][p] = await retry(() => uncachedRender(server.url, p, previewId), {
          onFailure: (reason) => log(`scale: uncached ${p} at ${n} councils: ${reason}`),
        });
      }
    } finally {
      await server.stop();
    }
  }
  report.results.scale = {
    articles: articles.length,
    megabytes: bytes / 1024 / 1024,
    parseSeconds: passes,
    ingestMs: { median: perArticle },
    dbBytes: size,
    render: Object.fromEntries(Object.entries(render).map(([n, pages]) => [n, recordToJson(pages)])),
  };
  const what = (p: string) => `${p} uncached render ms at 2 / 50 / 350 councils`;
  for (const p of ['/councils/welwyn-hatfield', '/compare/welwyn-hatfield/hertsmere']) {
    area.row(what(p), '350 <= 1.5 x 2', (): Row => {
      const [at2, at350] = [render['2']?.[p], render['350']?.[p]];
      if (!at2?.ok || !at350?.ok) return failed(renderFailures(render, p, ['2', '350']));
      const ratio = at350.value / at2.value;
      return measuredRow(`${renderTimes(render, p)} (x${ratio.toFixed(2)})`, ratio <= 1.5);
    });
  }
  // `/councils` (every council A to Z) has no target of its own: it is held to the overview's.
  for (const p of ['/', '/councils']) {
    area.row(what(p), '350 <= 200 ms', (): Row => {
      const at350 = render['350']?.[p];
      if (!at350?.ok) return failed(renderFailures(render, p, ['350']));
      return measuredRow(renderTimes(render, p), at350.value <= 200);
    });
  }
}
