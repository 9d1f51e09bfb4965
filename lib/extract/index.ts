import { createHash } from 'node:crypto';
import { councils } from '../councils';
import type { CouncilRecord } from '../councils/types';
import type { Basis } from '../domain/figure';
import { FIRST_YEAR, financialYearOf, formatFinancialYear, LAST_YEAR } from '../domain/financial-year';
import type { Metric } from '../domain/metrics';
import { classifyCount, classifyMoney, readBound, type Verdict } from './classify';
import { councilIn, CouncilMatcher, type CouncilMention } from './councils';
import { findFigures, type Figure } from './figures';
import { CLAUSE_BREAK, GROSS, NATIONAL, NET } from './patterns';
import { parseResultSchema, type ExtractWarning, type ParsedFact, type ParseResult, type WarningCode } from './schema';
import { splitSentences, type Sentence } from './sentences';
import { findYearMentions, resolveYear, type YearContext, type YearMention } from './years';

export type { ExtractWarning, ParsedFact, ParseResult } from './schema';

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD: settles "last year" and "the current financial year". */
  published?: string;
  /** Where the text came from, echoed in the result. */
  file?: string;
}

const matcher = new CouncilMatcher(councils);

type ResolvedYear = YearMention & { years: number[] | null };

interface SentenceScan {
  sentence: Sentence;
  figures: Figure[];
  years: YearMention[];
  breaks: Array<[number, number]>;
}

function scan(sentence: Sentence): SentenceScan {
  const breaks = Array.from(sentence.text.matchAll(CLAUSE_BREAK), (m): [number, number] => [
    m.index ?? 0,
    (m.index ?? 0) + m[0].length,
  ]);
  return { sentence, figures: findFigures(sentence.text), years: findYearMentions(sentence.text), breaks };
}

/**
 * The article's current financial year: from the publication date when given; else one
 * after the latest year the text says money was spent in (a report on 2017-18 spending
 * is written in 2018-19), else the latest year it names; else unknown.
 */
function currentYear(scans: SentenceScan[], published: string | undefined): number | null {
  if (published) return financialYearOf(new Date(`${published}T00:00:00Z`));
  const spent: number[] = [];
  const named: number[] = [];
  for (const s of scans) {
    const spendSentence = /\b(?:spent|spending|spend|expenditure)\b/i.test(s.sentence.text);
    for (const y of s.years) {
      const year = y.ref.kind === 'explicit' ? y.ref.year : y.ref.kind === 'range' ? y.ref.anchor : null;
      if (year === null) continue;
      named.push(year);
      if (spendSentence) spent.push(year);
    }
  }
  if (spent.length) return Math.max(...spent) + 1;
  return named.length ? Math.max(...named) : null;
}

const hasBreak = (breaks: SentenceScan['breaks'], from: number, to: number) =>
  breaks.some(([s, e]) => s >= from && e <= to);

/** The year mention a figure belongs to: after it in its clause, else before it, else nearest in the sentence. */
function yearFor(
  fig: Figure,
  i: number,
  s: SentenceScan,
  years: ResolvedYear[],
  forwardOnly: boolean,
): ResolvedYear | null {
  const nextStart = s.figures[i + 1]?.start ?? s.sentence.text.length;
  const prevEnd = s.figures[i - 1]?.end ?? 0;
  const forward = years.find((y) => y.start >= fig.end && y.start < nextStart && !hasBreak(s.breaks, fig.end, y.start));
  if (forward || forwardOnly) return forward ?? null;
  const backward = years
    .filter((y) => y.end <= fig.start && y.end >= prevEnd && !hasBreak(s.breaks, y.end, fig.start))
    .at(-1);
  if (backward) return backward;
  const distance = (y: ResolvedYear) => (y.start >= fig.end ? y.start - fig.end : fig.start - y.end);
  return [...years].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function clauseOf(pos: number, s: SentenceScan): [number, number] {
  let start = 0;
  let end = s.sentence.text.length;
  for (const [bs, be] of s.breaks) {
    if (be <= pos) start = be;
    else if (bs >= pos) {
      end = bs;
      break;
    }
  }
  return [start, end];
}

type Attribution = { scope: 'england' } | { scope: 'council'; mention: CouncilMention } | { scope: 'none' };

/** The council a figure is about: named in its clause, else earlier in the sentence, else the one the text is about. */
function councilFor(
  fig: Figure,
  s: SentenceScan,
  mentions: CouncilMention[],
  subject: CouncilMention | null,
  national: boolean,
): Attribution {
  const [cs, ce] = clauseOf(fig.start, s);
  const inClauseBefore = mentions.filter((m) => m.start >= cs && m.end <= fig.start).at(-1);
  const clause = s.sentence.text.slice(cs, ce);
  if (national && NATIONAL.test(clause) && !inClauseBefore?.council) return { scope: 'england' };
  const mention =
    inClauseBefore ??
    mentions.find((m) => m.start >= fig.end && m.end <= ce) ??
    mentions.filter((m) => m.end <= fig.start).at(-1) ??
    subject;
  return mention ? { scope: 'council', mention } : { scope: 'none' };
}

function basisFor(fig: Figure, i: number, s: SentenceScan): Basis | null {
  const text = s.sentence.text;
  const near = text.slice(
    Math.max(s.figures[i - 1]?.end ?? 0, fig.start - 60),
    Math.min(s.figures[i + 1]?.start ?? text.length, fig.end + 30),
  );
  if (NET.test(near)) return 'net';
  if (GROSS.test(near)) return 'gross';
  return null;
}

export function extractFacts(text: string, options: ExtractOptions = {}): ParseResult {
  const scans = splitSentences(text).map(scan);
  const ctx: YearContext = { current: currentYear(scans, options.published), lastNamed: null };
  const aliases = new Map<string, CouncilRecord[]>();
  const facts: ParsedFact[] = [];
  const warnings: ExtractWarning[] = [];
  let subject: CouncilMention | null = null;

  for (const s of scans) {
    const { sentence } = s;
    const abs = (n: number) => sentence.start + n;
    const warn = (fig: { start: number; end: number }, code: WarningCode, message: string) =>
      warnings.push({ code, message, start: abs(fig.start), end: abs(fig.end), quote: sentence.text });

    const mentions = matcher.find(sentence.text, ctx.current, aliases);
    const years: ResolvedYear[] = s.years.map((y) => ({ ...y, years: resolveYear(y.ref, ctx) }));
    const sentenceFacts: ParsedFact[] = [];
    let prevMetric: Metric | null = null;

    s.figures.forEach((fig, i) => {
      let verdict: Verdict;
      if (fig.kind === 'money') {
        verdict = classifyMoney(fig, {
          sentence: sentence.text,
          prevEnd: s.figures[i - 1]?.end ?? 0,
          nextStart: s.figures[i + 1]?.start ?? sentence.text.length,
          prevMetric,
        });
        if (verdict.ok) prevMetric = verdict.metric;
      } else if (fig.kind === 'count') {
        verdict = classifyCount(fig, sentence.text);
      } else {
        const metric: Metric = fig.kind === 'councils_more' ? 'councils_spending_more' : 'councils_spending_over';
        verdict = { ok: true, metric, bound: readBound(sentence.text.slice(0, fig.start)).bound, pastLevel: false };
      }
      if (!verdict.ok) return warn(fig, verdict.code, verdict.message);

      // A calendar year near a count dates something else ("launched in 2009"); counts default to now.
      const isCount = verdict.metric === 'cameras' || verdict.metric === 'camera_sites';
      const candidates = isCount ? years.filter((y) => y.ref.kind !== 'calendar') : years;
      const yearMention = yearFor(fig, i, s, candidates, verdict.pastLevel);
      let factYears: number[];
      if (!yearMention) {
        if (verdict.pastLevel) return warn(fig, 'past_level', 'an earlier level whose year is not given');
        if (isCount && ctx.current !== null) {
          factYears = [ctx.current]; // counts describe the present
        } else return warn(fig, 'unresolved_year', 'no financial year goes with this figure');
      } else if (yearMention.years === null) {
        const calendar = yearMention.ref.kind === 'calendar';
        return warn(
          fig,
          calendar ? 'unresolved_year' : 'multi_year_total',
          calendar
            ? `"${sentence.text.slice(yearMention.start, yearMention.end)}" is a calendar year, not a financial year`
            : 'a total over several years, not one year',
        );
      } else if (yearMention.years.length === 0) {
        return warn(
          fig,
          'unresolved_year',
          `cannot tell which year "${sentence.text.slice(yearMention.start, yearMention.end)}" means`,
        );
      } else factYears = yearMention.years;

      // The council named; for each year, the one of that name that existed then (councilIn).
      let named: CouncilMention | null = null;
      let scope: ParsedFact['scope'] = 'council';
      if (fig.kind === 'councils_more' || fig.kind === 'councils_over') {
        scope = 'england';
        if (fig.kind === 'councils_more') {
          const than = mentions.find(
            (m) => m.start >= fig.end && /\bthan\s+$/i.test(sentence.text.slice(fig.end, m.start).slice(-10)),
          );
          const who = than ?? mentions.filter((m) => m.end <= fig.start).at(-1) ?? subject;
          if (!who?.council)
            return warn(fig, 'unresolved_council', 'cannot tell which council the others spent more than');
          named = who;
        }
      } else {
        const who = councilFor(fig, s, mentions, subject, true);
        if (who.scope === 'england') scope = 'england';
        else if (who.scope === 'none') return warn(fig, 'unresolved_council', 'no council goes with this figure');
        else if (!who.mention.council) {
          return warn(fig, 'unknown_council', `"${who.mention.text}" is not in the list of English councils`);
        } else named = who.mention;
      }

      for (const year of factYears) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
          warn(fig, 'unresolved_year', `${formatFinancialYear(year)} is outside the years this product covers`);
          continue;
        }
        const record = named && councilIn(named, year);
        sentenceFacts.push({
          metric: verdict.metric,
          scope,
          council: record ? { gssCode: record.gssCode, name: record.name } : null,
          financialYear: year,
          value: fig.value,
          bound: verdict.bound,
          basis: verdict.metric === 'spend' ? basisFor(fig, i, s) : null,
          threshold: fig.kind === 'councils_over' ? fig.threshold : null,
          quote: sentence.text,
          start: abs(fig.start),
          end: abs(fig.end),
        });
      }
    });

    // Spending told beside income in one sentence is the gross figure.
    if (sentenceFacts.some((f) => f.metric === 'income')) {
      for (const f of sentenceFacts) if (f.metric === 'spend' && f.basis === null) f.basis = 'gross';
    }
    facts.push(...sentenceFacts);
    subject = mentions.at(-1) ?? subject;
  }

  facts.sort((a, b) => a.start - b.start || a.financialYear - b.financialYear);
  return parseResultSchema.parse({
    article: {
      file: options.file ?? null,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      currentFinancialYear: ctx.current,
    },
    facts,
    warnings,
  });
}
