import { createHash } from 'node:crypto';
import type { CouncilRecord } from '../councils/types';
import { FIRST_YEAR, financialYearOf, formatFinancialYear, LAST_YEAR } from '../domain/financial-year';
import { MAX_FIGURE } from '../domain/figure';
import type { Metric } from '../domain/metrics';
import {
  basisOf,
  comparedCouncil,
  isCompared,
  ownerOf,
  yearsFromHeading,
  yearsOf,
  type Owner,
  type Refusal,
  type ResolvedYear,
  type Story,
} from './attribute';
import { existedIn } from '../councils';
import { councilIn as councilFor, type CouncilMention } from './councils';
import { buildFrames, clauseBreaks, type Frame, type Unit } from './frames';
import { findMentions, owningActors, type Mentions } from './mentions';
import { CCTV_TERMS } from './patterns';
import { classify, readBound, type View } from './rules';
import { parseResultSchema, type ExtractWarning, type ParsedFact, type ParseResult, type WarningCode } from './schema';
import { segment, type Segment } from './segment';
import { findYearMentions, resolveYear, type YearContext } from './years';

export type { ParsedFact, ParseResult } from './schema';

/**
 * The parser: article text in, facts and warnings out, in six stages, each its own module:
 * segment (segment.ts) -> mentions (mentions.ts) -> frames (frames.ts) -> classify (rules.ts)
 * -> attribute (attribute.ts) -> validate (schema.ts). Pure: no I/O, same text same result.
 */
export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD: settles "last year" and "the current financial year". */
  published?: string;
  /** Where the text came from, echoed in the result. */
  file?: string;
}

interface Scanned {
  seg: Segment;
  m: Mentions;
}

/**
 * The article's current financial year: from the publication date when given; else one
 * after the latest year the text says money was spent in (a report on 2017-18 spending
 * is written in 2018-19), else the latest year it names; else unknown.
 */
function currentYear(segments: Segment[], published: string | undefined): number | null {
  if (published) return financialYearOf(new Date(`${published}T00:00:00Z`));
  const spent: number[] = [];
  const named: number[] = [];
  for (const s of segments) {
    const spendSentence = /\b(?:spent|spending|spend|expenditure)\b/i.test(s.text);
    for (const y of findYearMentions(s.text)) {
      const year = y.ref.kind === 'explicit' ? y.ref.year : y.ref.kind === 'range' ? y.ref.anchor : null;
      if (year === null) continue;
      named.push(year);
      if (spendSentence) spent.push(year);
    }
  }
  if (spent.length) return Math.max(...spent) + 1;
  return named.length ? Math.max(...named) : null;
}

type Tally = Map<string, { n: number; first: number; mention: CouncilMention }>;

/**
 * In one pass over the article's councils: how often it names each (not counting comparisons),
 * and which it names in running text, not only in headings.
 */
function councilsNamed(scanned: Scanned[]): { tally: Tally; inSentences: Set<string> } {
  const tally: Tally = new Map();
  const inSentences = new Set<string>();
  scanned.forEach(({ seg, m }, i) => {
    for (const a of m.actors) {
      if (a.kind !== 'council' || !a.mention.council) continue;
      const key = a.mention.council.gssCode;
      if (seg.kind === 'sentence') inSentences.add(key);
      if (isCompared(a, seg.text)) continue;
      const t = tally.get(key) ?? { n: 0, first: i, mention: a.mention };
      t.n++;
      tally.set(key, t);
    }
  });
  return { tally, inSentences };
}

/** The council the article names most often (not counting comparisons); the first named on a tie. */
function storySubject(tally: Tally): CouncilMention | null {
  const best = [...tally.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best?.mention ?? null;
}

const spanOf = (seg: Segment, x: { start: number; end: number } | null | undefined) =>
  x ? { text: seg.text.slice(x.start, x.end), start: seg.start + x.start, end: seg.start + x.end } : null;

const COMPARED_YEAR = /\b(?:down|up|rising|falling|rose|fell|dropped|increased|decreased)\s+from\b[^.;:]{0,25}$/i;

export function extractFacts(text: string, options: ExtractOptions = {}): ParseResult {
  const segments = segment(text);
  const current = currentYear(segments, options.published);
  const aliases = new Map<string, CouncilRecord[]>();
  const articleIsCctv = segments.slice(0, 3).some((s) => CCTV_TERMS.test(s.text));
  const scanned: Scanned[] = segments.map((seg) => ({ seg, m: findMentions(seg, current, aliases, articleIsCctv) }));
  const { tally, inSentences } = councilsNamed(scanned);
  const story: Story = {
    subject: storySubject(tally),
    recent: null,
    recentAt: 0,
    recentInList: false,
    named: new Map([...tally].map(([code, t]) => [code, t.n])),
    inSentences,
  };
  const ctx: YearContext = { current, lastNamed: null };
  const facts: ParsedFact[] = [];
  const warnings: ExtractWarning[] = [];
  // How many segments ago CCTV was last named: a figure two sentences on is still about it.
  let sinceCctv = Infinity;
  let carried: Unit | null = null;

  for (const { seg, m } of scanned) {
    const warn = (frame: Frame, code: WarningCode, message: string, rule: string) =>
      warnings.push({
        code,
        message,
        rule,
        start: seg.start + frame.figure.start,
        end: seg.start + frame.figure.end,
        quote: seg.text,
      });
    const years: ResolvedYear[] = m.years.map((y) => {
      // "down from £344,000 in 2015-16": a year compared with is not what "that year" later means.
      const last = ctx.lastNamed;
      const resolved = resolveYear(y.ref, ctx);
      if (last !== null && COMPARED_YEAR.test(seg.text.slice(Math.max(0, y.start - 40), y.start))) ctx.lastNamed = last;
      return { ...y, years: resolved };
    });
    const frames = buildFrames(seg, m, carried);
    const positions = frames
      .map((f) => f.figure)
      .filter((f, i, all) => all.findIndex((g) => g.start === f.start) === i);
    const breaks = clauseBreaks(seg.text, m.actors);
    const segmentFacts: ParsedFact[] = [];
    let prevMetric: Metric | null = null;

    for (const frame of frames) {
      const fig = frame.figure;
      const i = positions.findIndex((p) => p.start === fig.start);
      const prevEnd = positions[i - 1]?.end ?? 0;
      const nextStart = positions[i + 1]?.start ?? seg.text.length;
      const { bound, rest } = readBound(seg.text.slice(0, fig.start));
      const view: View = {
        frame,
        text: seg.text,
        rest,
        bound,
        near: seg.text.slice(prevEnd, nextStart),
        after: seg.text.slice(fig.end, nextStart),
        clauseBefore: seg.text.slice(frame.clause[0], fig.start),
        clauseAfter: seg.text.slice(fig.end, frame.clause[1]),
        prevMetric,
        topicIsCctv: articleIsCctv || sinceCctv <= 2,
      };
      const c = classify(view);
      if (!c.ok) {
        warn(frame, c.code, c.message, c.rule);
        continue;
      }
      if (fig.kind === 'money') prevMetric = c.metric;
      if (fig.value > MAX_FIGURE || (fig.kind === 'councils_over' && fig.threshold > MAX_FIGURE)) {
        warn(frame, 'too_large', 'larger than any figure the store keeps (2,147,483,647)', 'value.too-large');
        continue;
      }

      const owner: Owner | Refusal =
        fig.kind === 'councils_more'
          ? comparedCouncil(frame, m, story)
          : fig.kind === 'councils_over'
            ? { ok: true, scope: 'england', mention: null, actor: null, rule: 'scope.england-count' }
            : ownerOf(frame, m, story);
      if (!owner.ok) {
        warn(frame, owner.code, owner.message, owner.rule);
        continue;
      }
      // A table cell takes its column heading's year, else the table's title line's; a list item
      // with none of its own, its heading's.
      const headings =
        frame.source === 'row' ? [frame.column, seg.lead?.text] : [!m.years.length ? seg.lead?.text : null];
      const headingYears: ResolvedYear[] =
        headings
          .map((h) => (h ? findYearMentions(h).map((y) => ({ ...y, years: resolveYear(y.ref, ctx) })) : []))
          .find((ys) => ys.length > 0) ?? [];
      let when = headingYears.length
        ? yearsFromHeading(c.metric, headingYears, current)
        : yearsOf(frame, c.metric, years, positions, breaks, current, rest);
      // "Only 48 councils spent more than Kirklees": a ranking is of the year the story is telling.
      if (!when.ok && when.rule === 'year.none' && fig.kind.startsWith('councils_') && ctx.lastNamed !== null)
        when = { ok: true, years: [ctx.lastNamed], mention: null, rule: 'year.ranking-of-story-year' };
      if (!when.ok) {
        warn(frame, when.code, when.message, when.rule);
        continue;
      }
      const evidence = {
        rules: [...c.rules, owner.rule, when.rule],
        council: owner.tied ?? spanOf(seg, owner.actor),
        year: spanOf(seg, when.mention),
      };
      for (const year of when.years) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
          warn(
            frame,
            'unresolved_year',
            `${formatFinancialYear(year)} is outside the years this product covers`,
            'year.out-of-range',
          );
          continue;
        }
        const record = owner.mention ? councilFor(owner.mention, year) : null;
        // "Poole: 47" in a 2021 story: a council abolished in 2019 (now a place in BCP) has no figures for 2021-22.
        if (record && !existedIn(record, year)) {
          warn(
            frame,
            'unknown_council',
            `${record.name} council did not exist in ${formatFinancialYear(year)}`,
            'council.not-in-that-year',
          );
          continue;
        }
        segmentFacts.push({
          metric: c.metric,
          scope: owner.scope,
          council: record ? { gssCode: record.gssCode, name: record.name } : null,
          financialYear: year,
          value: fig.value,
          bound: c.bound,
          basis: c.metric === 'spend' ? basisOf(frame, positions) : null,
          threshold: fig.kind === 'councils_over' ? fig.threshold : null,
          quote: seg.text,
          start: seg.start + fig.start,
          end: seg.start + fig.end,
          evidence,
        });
      }
    }
    // Spending told beside income in one segment is the gross figure.
    if (segmentFacts.some((f) => f.metric === 'income')) {
      for (const f of segmentFacts) if (f.metric === 'spend' && f.basis === null) f.basis = 'gross';
    }
    facts.push(...segmentFacts);
    const owners = owningActors(m, seg.text, isCompared).filter(
      (a) => a.kind === 'council' || a.kind === 'elsewhere' || a.kind === 'unnamed',
    );
    const named = owners.at(-1);
    if (named) {
      story.recent = named;
      story.recentAt = seg.start;
      story.recentInList =
        new Set(owners.map((a) => (a.kind === 'council' ? a.mention.council?.gssCode : a.text))).size > 1;
    }
    sinceCctv = CCTV_TERMS.test(seg.text) ? 1 : sinceCctv + 1;
    const lastCount = m.figures.filter((f) => f.kind === 'count').at(-1);
    carried = lastCount?.kind === 'count' ? lastCount.unit : null;
  }

  facts.sort((a, b) => a.start - b.start || a.financialYear - b.financialYear);
  return parseResultSchema.parse({
    article: {
      file: options.file ?? null,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      currentFinancialYear: current,
    },
    facts,
    warnings,
  });
}
