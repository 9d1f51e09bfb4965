import { councils } from '../councils';
import elsewhereNames from '../councils/elsewhere.json';
import type { CouncilRecord } from '../councils/types';
import { CouncilMatcher, type CouncilMention } from './councils';
import { findFigures, type Figure } from './figures';
import { findMoney } from './numbers';
import { ENGLAND, GROUP, OUTSIDE_ENGLAND, REFERENCE } from './patterns';
import { anyOf, regex } from './regex';
import type { Segment } from './segment';
import { findYearMentions, type YearMention } from './years';

/**
 * Stage 2, mentions: what one segment names. Figures (money, counts, councils counted), bare
 * numbers (the "95" of "Wigan 95"), time expressions, and actors: who a figure may belong to.
 */
export type Actor =
  /** A council of the bundled list. */
  | { kind: 'council'; start: number; end: number; text: string; mention: CouncilMention }
  /** "Hatfield Town Council": named as a council, but not an English principal council. */
  | { kind: 'unknown'; start: number; end: number; text: string }
  /** Fife, Swansea, Belfast: a council outside England. */
  | { kind: 'elsewhere'; start: number; end: number; text: string }
  /** Councils in general: "councils", "local authorities", "town halls", "428 councils". */
  | { kind: 'group'; start: number; end: number; text: string }
  /** England, English: with a group, an England-wide figure. */
  | { kind: 'england'; start: number; end: number; text: string }
  /** The UK, Britain, Scotland, a region, "nationally": never one council's and not England's. */
  | { kind: 'outside'; start: number; end: number; text: string }
  /** "the council", "the authority", "the borough": the council the story is about. */
  | { kind: 'reference'; start: number; end: number; text: string }
  /** A short form of several councils ("Newcastle"): a warning, never a guess. */
  | { kind: 'ambiguous'; start: number; end: number; text: string }
  /** "one council in the region", "a neighbouring authority": a council the text does not name. */
  | { kind: 'unnamed'; start: number; end: number; text: string };

export interface BareNumber {
  start: number;
  end: number;
  value: number;
}

export interface Mentions {
  figures: Figure[];
  bare: BareNumber[];
  years: YearMention[];
  actors: Actor[];
  /** Asides (", which replaced Corby and Kettering councils in 2021,"): councils there describe, they do not own. */
  asides: Array<[number, number]>;
}

const ASIDE = /,\s+(?:which|who|whose)\b[^;]*?,\s+(?=[a-z])(?!(?:and|or)\b)/g;
const UNNAMED = regex(
  'gi',
  String.raw`\b(?:one|another|an?\s+unnamed|a\s+neighbouring|a)\s+(?:district\s+|borough\s+|city\s+|county\s+)?`,
  String.raw`(?:council|authority|local\s+authority)\b(?!['’]s\s+own)`,
);

const matcher = new CouncilMatcher(councils);

/** "City of Edinburgh" -> "Edinburgh", "Glasgow City" -> "Glasgow". */
const elsewhereCore = (name: string) => name.replace(/^City of\s+/, '').replace(/\s+City$/, '');
const ELSEWHERE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...new Set(elsewhereNames.map(elsewhereCore))]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\p{L}])`,
  'gu',
);

const PLACE_NOUN_AFTER = regex(
  '',
  String.raw`^\s+`,
  anyOf(
    'towns|villages|cities|residents|people|households|drivers|roads|streets|schools|businesses',
    'communities|police|constabulary|coast|countryside|districts|boroughs',
  ),
  String.raw`\b`,
);
const PLACE_BEFORE = regex(
  'u',
  String.raw`(?:\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]round|of|from|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|rural|central|[Mm]id`,
  String.raw`|coastal|county\s+of)\s+|\p{Lu}\p{L}+,\s+)$`,
);

/** The first words of those names: most segments hold none, and skip the long pattern. */
const ELSEWHERE_FIRST = new Set(elsewhereNames.map((n) => elsewhereCore(n).split(/\s+/)[0]));
const mayNameElsewhere = (text: string) =>
  Array.from(text.matchAll(/\p{Lu}[\p{L}'’-]*/gu), (m) => m[0]).some((w) => ELSEWHERE_FIRST.has(w));

const BARE_NUMBER = /(?<![\w£.,/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w%£/]|[.,]\d|\s*(?:per\s*cent|percent|%))/g;

function matchesOf(re: RegExp, text: string, kind: Exclude<Actor['kind'], 'council'>): Actor[] {
  return Array.from(text.matchAll(re), (m) => ({
    kind,
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Every mention in one segment, offsets relative to its text. `aliases` holds the
 * abbreviations the article has defined so far ("(BDBC)"), and gains this segment's.
 */
export function findMentions(
  seg: Pick<Segment, 'text'>,
  year: number | null,
  aliases: Map<string, CouncilRecord[]>,
  aboutCctv = false,
): Mentions {
  const text = seg.text;
  const figures = findFigures(text, aboutCctv);
  const years = findYearMentions(text);
  const named = matcher.find(text, year, aliases);
  const outside = matchesOf(OUTSIDE_ENGLAND, text, 'outside');
  const elsewhere = mayNameElsewhere(text) ? matchesOf(ELSEWHERE_RE, text, 'elsewhere') : [];
  // "Greater Manchester" is a region, not Manchester; "Fife Council" is Fife's, not an unknown council.
  const named2 = named.filter(
    (m) =>
      !outside.some((o) => overlaps(o, m) && o.end - o.start > m.end - m.start) &&
      !(m.council === null && elsewhere.some((e) => overlaps(e, m))),
  );
  const actors: Actor[] = named2.map((m): Actor => {
    const at = { start: m.start, end: m.end, text: m.text };
    if (!m.council) return { kind: 'unknown', ...at };
    if (m.form === 'ambiguous') return { kind: 'ambiguous', ...at };
    // "in Norfolk", "across Devon": the county as a place (county-wide), not the council.
    // "Hertfordshire towns", "Devon police": the county describes a place's people or things.
    if (
      m.form === 'bare_county' &&
      (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || PLACE_NOUN_AFTER.test(text.slice(m.end)))
    ) {
      return { kind: 'outside', ...at };
    }
    return { kind: 'council', ...at, mention: m };
  });
  const free = (a: Actor) => !actors.some((b) => overlaps(a, b));
  for (const a of [
    ...elsewhere,
    ...matchesOf(GROUP, text, 'group'),
    ...matchesOf(ENGLAND, text, 'england'),
    ...outside,
    ...matchesOf(UNNAMED, text, 'unnamed'),
    ...matchesOf(REFERENCE, text, 'reference'),
  ]) {
    if (free(a)) actors.push(a);
  }
  actors.sort((a, b) => a.start - b.start);

  const taken = [...figures, ...years, ...findMoney(text)];
  const bare: BareNumber[] = [];
  for (const m of text.matchAll(BARE_NUMBER)) {
    const start = m.index ?? 0;
    const n = { start, end: start + m[0].length, value: Number(m[0].replace(/,/g, '')) };
    if (!taken.some((t) => overlaps(t, n))) bare.push(n);
  }
  const asides = Array.from(text.matchAll(ASIDE), (x): [number, number] => [
    x.index ?? 0,
    (x.index ?? 0) + x[0].length,
  ]);
  return { figures, bare, years, actors, asides };
}

/** The actors that may own a figure: not in a comparison ("more than Norwich") or an aside. */
export function owningActors(m: Mentions, text: string, isCompared: (a: Actor, text: string) => boolean): Actor[] {
  return m.actors.filter((a) => !isCompared(a, text) && !m.asides.some(([s, e]) => a.start >= s && a.end <= e));
}

/** A word that may stand between a council's name and its bare number in a list: "Wigan 95", "Calderdale on 420". */
export const LIST_LINK = regex(
  'i',
  String.raw`^(?:\s*(?:[:–—-]|on|with|has|had|at|runs|operates|is\s+\w+\s+with|second\s+with|third\s+with|Council\s+has|Council\s+had))?`,
  String.raw`(?:\s+(?:only|just|about|around|some|nearly|almost|more\s+than|over|fewer\s+than|under))?\s*$`,
);
