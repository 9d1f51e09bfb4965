import { findFigures } from '../extract/figures';
import { splitSentences } from '../extract/sentences';
import type { Label } from './gold';
import type { ScoredArticle } from './run';
import { byMetric, totals, type Totals } from './score';

export interface CorpusResult {
  corpus: string;
  articles: ScoredArticle[];
}

const pct = (n: number) => n.toFixed(3);
const line = (t: Totals) =>
  `recall ${pct(t.recall)} (${t.found}/${t.required})  ` +
  `precision ${pct(t.precision)} (${t.found}/${t.found + t.wrong})  accepted ${t.accepted}`;

const show = (v: string | string[] | null, none: string) => (v === null ? none : Array.isArray(v) ? v.join('|') : v);
const labelText = (l: Label) =>
  `${show(l.metric, '?')} · ${show(l.council, 'England')} · ${show(l.year, 'any year')} · ${l.value}`;

/** Sentences of the text with a figure of this value: where a missed fact was written. */
function sentencesWith(text: string, value: number): string[] {
  return splitSentences(text)
    .filter((s) => findFigures(s.text).some((f) => f.value === value))
    .map((s) => s.text);
}

const clip = (s: string) => (s.length > 240 ? `${s.slice(0, 237)}...` : s).replace(/\s+/g, ' ');

/** The human report: totals, per metric, per article, then every miss and wrong fact with its sentence. */
export function report(results: CorpusResult[], options: { quiet: boolean }): string {
  const out: string[] = [];
  for (const { corpus, articles } of results) {
    out.push(`== ${corpus}: ${articles.length} articles`, `overall  ${line(totals(articles))}`, '', 'per metric');
    for (const [metric, t] of byMetric(articles)) out.push(`  ${metric.padEnd(24)} ${line(t)}`);
    if (options.quiet) {
      out.push('');
      continue;
    }
    out.push('', 'per article');
    for (const a of articles) out.push(`  ${a.file.padEnd(40)} ${line(totals([a]))}`);
    out.push('', 'misses and wrong facts');
    for (const a of articles) {
      for (const miss of a.misses) {
        out.push(`  ${a.file}  MISS   ${labelText(miss)}`);
        for (const s of sentencesWith(a.text, miss.value)) out.push(`      "${clip(s)}"`);
      }
      for (const f of a.falsePositives) {
        out.push(`  ${a.file}  WRONG  ${f.metric} · ${f.council ?? 'England'} · ${f.financialYear} · ${f.value}`);
        out.push(`      "${clip(f.quote)}"`);
      }
    }
    out.push('');
  }
  if (results.length > 1) out.push(`all corpora  ${line(totals(results.flatMap((r) => r.articles)))}`);
  return out.join('\n');
}

/** The machine report (--json): the same figures, no article text. */
export function toJson(results: CorpusResult[]) {
  return results.map(({ corpus, articles }) => ({
    corpus,
    overall: totals(articles),
    perMetric: Object.fromEntries(byMetric(articles)),
    articles: articles.map((a) => ({
      file: a.file,
      ...totals([a]),
      misses: a.misses,
      wrong: a.falsePositives.map((f) => ({
        metric: f.metric,
        council: f.council,
        financialYear: f.financialYear,
        value: f.value,
        quote: f.quote,
      })),
    })),
  }));
}
