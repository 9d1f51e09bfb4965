import type { Basis } from '../domain/figure';
import type { Metric } from '../domain/metrics';
import type { CouncilMention } from './councils';
import type { Frame } from './frames';
import { owningActors, type Actor, type Mentions } from './mentions';
import { GROSS, NET, PAST_LEVEL_BEFORE } from './patterns';
import { regex } from './regex';
import type { WarningCode } from './schema';
import type { YearMention } from './years';

/**
 * Stage 5, attribute: whose figure it is (a council, England, or nobody's we publish), which
 * financial years it is for, and on what basis. Each answer names the rule that gave it.
 */
export interface Refusal {
  ok: false;
  code: WarningCode;
  message: string;
  rule: string;
}

export interface Story {
  /** The council the article is about: named most often (first named on a tie). */
  subject: CouncilMention | null;
  /** The council (or council outside England, or unnamed council) named last before this segment. */
  recent: Actor | null;
  /** Where in the article the segment naming `recent` starts (its offsets are that segment's). */
  recentAt: number;
  /** `recent` was the last of several councils named in its segment ("Dover and Thanet"). */
  recentInList: boolean;
  /** How often the article names each council (by GSS code), comparisons left out. */
  named: ReadonlyMap<string, number>;
  /** Councils named in running text, not only in headings (a page's links and captions). */
  inSentences: ReadonlySet<string>;
}

/**
 * The council last named is one named in passing (once, or as the last of a list) in a story
 * about another council, named at least twice and in running text.
 */
function recentInPassing(story: Story): boolean {
  const r = story.recent;
  const subject = story.subject?.council?.gssCode;
  if (r?.kind !== 'council' || !subject) return false;
  const code = r.mention.council?.gssCode;
  return (
    code !== subject &&
    ((story.named.get(code ?? '') ?? 0) <= 1 || story.recentInList) &&
    (story.named.get(subject) ?? 0) >= 2 &&
    story.inSentences.has(subject)
  );
}

/** The story's own council as a figure's owner, when the council last named was only named in passing. */
function subjectOverPassing(story: Story, actor: Actor | null, rule: string): Owner | null {
  return story.subject && recentInPassing(story)
    ? { ok: true, scope: 'council', mention: story.subject, actor, rule }
    : null;
}

/** A mention in another segment, with offsets in the article. */
interface Tied {
  text: string;
  start: number;
  end: number;
}

export type Owner = (
  | { ok: true; scope: 'england'; mention: CouncilMention | null; actor: Actor | null; rule: string }
  | { ok: true; scope: 'council'; mention: CouncilMention; actor: Actor | null; rule: string }
) & { tied?: Tied };

/** The council named last before this segment as a figure's owner, tied to where it was named. */
function recentCouncil(story: Story, scope: 'council' | 'england', rule: string): Owner | null {
  const r = story.recent;
  if (r?.kind !== 'council') return null;
  const tied = { text: r.text, start: story.recentAt + r.start, end: story.recentAt + r.end };
  return { ok: true, scope, mention: r.mention, actor: null, rule, tied };
}

/** Words that put a council in a comparison, not as the figure's owner: "more than places including Norwich". */
const COMPARED = regex(
  'iu',
  String.raw`\b(?:than|including|like|such\s+as|behind|ahead\s+of|outstripp\w*|beating|versus|vs\.?)\s+`,
  String.raw`(?:places\s+|councils\s+|the\s+likes\s+of\s+)?`,
  String.raw`(?:[\p{L}&'’.-]+(?:\s+[\p{L}&'’.-]+){0,2}(?:\s*,\s*|\s+and\s+|\s+or\s+))*$`,
);

export function isCompared(a: Actor, text: string): boolean {
  return COMPARED.test(text.slice(Math.max(0, a.start - 80), a.start));
}

const SPECIFIC = new Set<Actor['kind']>(['council', 'unknown', 'elsewhere', 'reference', 'ambiguous', 'unnamed']);
const refuse = (code: WarningCode, message: string, rule: string): Refusal => ({ ok: false, code, message, rule });

/** Actors a reference ("the council", "it") may point back to. */
const RESOLVES = new Set<Actor['kind']>(['council', 'elsewhere', 'unnamed', 'unknown']);

function fromActor(a: Actor, story: Story, m: Mentions, frame: Frame, how: string): Owner | Refusal {
  const actors = m.actors;
  switch (a.kind) {
    case 'council':
      return { ok: true, scope: 'council', mention: a.mention, actor: a, rule: `council.${how}` };
    case 'unknown':
      return refuse('unknown_council', `"${a.text}" is not in the list of English councils`, 'council.unknown');
    case 'ambiguous':
      return refuse('ambiguous_council', `"${a.text}" may mean more than one council`, 'council.ambiguous');
    case 'elsewhere':
      return refuse('not_england', `"${a.text}" is a council outside England`, 'council.elsewhere');
    case 'reference': {
      // "the borough", "it": the council named before it in this segment, else the story's (the
      // council named most often: a neighbour named in passing is not "the borough"), else the
      // council last named.
      const here = owningActors(m, frame.segment.text, isCompared)
        .filter((b) => b.end <= a.start && RESOLVES.has(b.kind))
        .at(-1);
      const passing = here ? null : subjectOverPassing(story, a, 'council.reference-to-story');
      if (passing) return passing;
      const who = here ?? story.recent;
      if (who && who.kind !== 'council') return fromActor(who, story, m, frame, how);
      if (who?.kind === 'council')
        return { ok: true, scope: 'council', mention: who.mention, actor: a, rule: 'council.reference-to-last-named' };
      return story.subject
        ? { ok: true, scope: 'council', mention: story.subject, actor: a, rule: 'council.reference-to-story' }
        : refuse('unresolved_council', `cannot tell which council "${a.text}" is`, 'council.reference-unresolved');
    }
    case 'unnamed':
      return refuse('unresolved_council', `"${a.text}" is not named`, 'council.unnamed');
    default: {
      const [cs, ce] = frame.clause;
      const inClause = actors.filter((b) => b.start >= cs && b.end <= ce);
      if (inClause.some((b) => b.kind === 'outside'))
        return refuse(
          'not_england',
          'a figure for the UK, Britain or a region, not one council or England',
          'scope.outside-england',
        );
      if (
        inClause.some((b) => b.kind === 'england') ||
        actors.some((b) => b.kind === 'england' && b.end <= frame.figure.start)
      ) {
        return { ok: true, scope: 'england', mention: null, actor: a, rule: 'scope.england' };
      }
      return refuse(
        'group_not_council',
        `a figure for councils in general ("${a.text}"), not one council's, and the text does not say England`,
        'scope.councils-in-general',
      );
    }
  }
}

/**
 * The owner of a frame's figure: a list's council; else the clause's nearest actor before the
 * figure; else one tied to it after it; else earlier in the segment; else the story's council.
 */
export function ownerOf(frame: Frame, m: Mentions, story: Story): Owner | Refusal {
  if (frame.actor) return fromActor(frame.actor, story, m, frame, 'list');
  const text = frame.segment.text;
  const fig = frame.figure;
  const [cs, ce] = frame.clause;
  const actors = owningActors(m, text, isCompared);
  const before = actors.filter((a) => a.start >= cs && a.end <= fig.start);
  // "the most watched borough in London with 1113": a place after the council is where, not who.
  const firstSpecific = before.findIndex((a) => SPECIFIC.has(a.kind));
  const candidates = before.filter((a, i) => !(a.kind === 'outside' && firstSpecific >= 0 && i > firstSpecific));
  const pick = candidates.at(-1);
  if (pick) return fromActor(pick, story, m, frame, 'named-before');
  // "£85,000 spent by Wigan Council", "£20,000 for Bury": a council after the figure, tied to it by a preposition.
  const after = actors.find(
    (a) =>
      a.start >= fig.end &&
      a.end <= ce &&
      a.kind !== 'reference' &&
      (!SPECIFIC.has(a.kind) ||
        /^\s*(?:[\w-]+\s+){0,6}?(?:by|for|from|at|to|of)\s+(?:the\s+|\d[\d,]*\s+)?$/i.test(
          text.slice(fig.end, a.start),
        )),
  );
  if (after) return fromActor(after, story, m, frame, 'named-after');
  const earlier = actors.filter((a) => a.end <= cs).at(-1);
  if (earlier) return fromActor(earlier, story, m, frame, 'earlier-in-sentence');
  const recent =
    subjectOverPassing(story, null, 'council.story-subject') ?? recentCouncil(story, 'council', 'council.story-so-far');
  if (recent) return recent;
  if (story.recent) return fromActor(story.recent, story, m, frame, 'story-so-far');
  return refuse('unresolved_council', 'no council goes with this figure', 'council.none');
}

/** For "176 councils spent more than Welwyn Hatfield": the council compared with. */
export function comparedCouncil(frame: Frame, m: Mentions, story: Story): Owner | Refusal {
  const text = frame.segment.text;
  const fig = frame.figure;
  const councils = m.actors.filter((a): a is Extract<Actor, { kind: 'council' }> => a.kind === 'council');
  const than = councils.find((a) => a.start >= fig.end && /\bthan\s+$/i.test(text.slice(fig.end, a.start).slice(-10)));
  const who = than ?? councils.filter((a) => a.end <= fig.start).at(-1);
  if (who) return { ok: true, scope: 'england', mention: who.mention, actor: who, rule: 'council.compared-with' };
  return (
    recentCouncil(story, 'england', 'council.compared-with-story') ??
    refuse('unresolved_council', 'cannot tell which council the others spent more than', 'council.compared-none')
  );
}

export type ResolvedYear = YearMention & { years: number[] | null };

/** A count describes the present: the article's current year, when it is known. */
const countIsCurrent = (current: number | null): YearChoice =>
  current === null
    ? refuse('unresolved_year', 'no date for this count: give the publication date', 'year.count-undated')
    : { ok: true, years: [current], mention: null, rule: 'year.count-is-current' };

export type YearChoice = { ok: true; years: number[]; mention: ResolvedYear | null; rule: string } | Refusal;

const gap = (text: string, breaks: Array<[number, number]>, from: number, to: number) =>
  breaks.some(([s, e]) => s >= from && e <= to) || /[;:]/.test(text.slice(from, to));

/**
 * The financial years of a frame's figure. Counts describe the present (the article's
 * current year). Money takes the year told after it in its clause, else before it, else the
 * nearest in the segment; "down from £107,000" takes only a year after it.
 */
export function yearsOf(
  frame: Frame,
  metric: Metric,
  years: ResolvedYear[],
  figures: Array<{ start: number; end: number }>,
  breaks: Array<[number, number]>,
  current: number | null,
  rest: string,
): YearChoice {
  const text = frame.segment.text;
  const fig = frame.figure;
  const isCount = metric === 'cameras' || metric === 'camera_sites';
  if (isCount) {
    // A count describes the present, unless its clause names one financial year ("its 25 cameras in 2019-20").
    const [cs, ce] = frame.clause;
    const dated = years.find(
      (y) =>
        y.start >= cs &&
        y.end <= ce &&
        (y.ref.kind === 'explicit' || y.ref.kind === 'current') &&
        y.years?.length === 1,
    );
    if (dated?.years)
      return { ok: true, years: dated.years, mention: dated, rule: `year.count-in-clause.${dated.ref.kind}` };
    return countIsCurrent(current);
  }
  const pastLevel = PAST_LEVEL_BEFORE.test(rest);
  const i = figures.findIndex((f) => f.start === fig.start);
  const nextStart = figures[i + 1]?.start ?? text.length;
  const prevEnd = figures[i - 1]?.end ?? 0;
  let mention: ResolvedYear | null =
    years.find((y) => y.start >= fig.end && y.start < nextStart && !gap(text, breaks, fig.end, y.start)) ?? null;
  let rule = 'year.after-in-clause';
  if (!mention && !pastLevel) {
    mention =
      years.filter((y) => y.end <= fig.start && y.end >= prevEnd && !gap(text, breaks, y.end, fig.start)).at(-1) ??
      null;
    rule = 'year.before-in-clause';
    if (!mention) {
      // "In 2019-20 Corby spent £243,000 and Kettering £198,500": a year opening the sentence governs it.
      // ... but not across a semicolon, which parts two statements.
      const joined = years.filter((y) => !/;/.test(text.slice(Math.min(y.end, fig.end), Math.max(y.start, fig.start))));
      mention = joined.filter((y) => y.end <= fig.start).at(-1) ?? joined.find((y) => y.start >= fig.end) ?? null;
      rule = 'year.elsewhere-in-sentence';
    }
  }
  if (!mention) {
    return pastLevel
      ? refuse('past_level', 'an earlier level whose year is not given', 'year.past-level')
      : refuse('unresolved_year', 'no financial year goes with this figure', 'year.none');
  }
  const said = text.slice(mention.start, mention.end);
  if (mention.years === null) {
    return mention.ref.kind === 'calendar'
      ? refuse('unresolved_year', `"${said}" is a calendar year, not a financial year`, 'year.calendar')
      : refuse('multi_year_total', 'a total over several years, not one year', 'year.span');
  }
  if (mention.years.length === 0)
    return refuse('unresolved_year', `cannot tell which year "${said}" means`, 'year.unresolved');
  return { ok: true, years: mention.years, mention, rule: `${rule}.${mention.ref.kind}` };
}

/** The years a list's heading or a table's column heading gives its figures ("Spending on CCTV, 2018-19"). */
export function yearsFromHeading(metric: Metric, years: ResolvedYear[], current: number | null): YearChoice {
  if (metric === 'cameras' || metric === 'camera_sites') return countIsCurrent(current);
  const y = years.find((m) => m.years !== null && m.years.length > 0);
  if (!y?.years) return refuse('unresolved_year', 'no financial year goes with this figure', 'year.none');
  return { ok: true, years: y.years, mention: null, rule: `year.from-heading.${y.ref.kind}` };
}

/** Net or gross, when the words say so near the figure. */
export function basisOf(frame: Frame, figures: Array<{ start: number; end: number }>): Basis | null {
  const text = frame.segment.text;
  const fig = frame.figure;
  const i = figures.findIndex((f) => f.start === fig.start);
  const near = text.slice(
    Math.max(figures[i - 1]?.end ?? 0, fig.start - 60),
    Math.min(figures[i + 1]?.start ?? text.length, fig.end + 30),
  );
  if (NET.test(near)) return 'net';
  if (GROSS.test(near)) return 'gross';
  return null;
}
