import { isCompared } from './attribute';
import type { Figure } from './figures';
import { LIST_LINK, type Actor, type BareNumber, type Mentions } from './mentions';
import { CAMERA_WORD, CLAUSE_BREAK, MONEY_WORD } from './patterns';
import { anyOf, regex } from './regex';
import type { Segment } from './segment';

/**
 * Stage 3, frames: each candidate fact with the clause it stands in. Most come one per
 * figure; lists give more: "Bolton runs 140 cameras, Wigan 95 and Bury 60" (elliptical),
 * "691, 658 and 606 respectively", "1,454 each", "2,900 in the former and 1,150 in the
 * latter", "from 151 to 79 cameras", a headed list ("• 362 Tower Hamlets") and a table row.
 */
type FrameSource = 'clause' | 'list' | 'respectively' | 'each' | 'former-latter' | 'item' | 'row';

export interface Frame {
  segment: Segment;
  figure: Figure;
  /** The clause the figure stands in, offsets relative to the segment. */
  clause: [number, number];
  source: FrameSource;
  /** The council a list, item or row gives the figure; null when attribution must find it. */
  actor: Actor | null;
  /** For a table row: the heading of the figure's column. */
  column: string | null;
}

/** Where clauses part: "; ", " - ", ", and ", ", while "... but not inside a council's name ("Brighton and Hove"). */
export function clauseBreaks(
  text: string,
  names: ReadonlyArray<{ start: number; end: number }> = [],
): Array<[number, number]> {
  return Array.from(text.matchAll(CLAUSE_BREAK), (m): [number, number] => [
    m.index ?? 0,
    (m.index ?? 0) + m[0].length,
  ]).filter(([s, e]) => !names.some((n) => s < n.end && n.start < e));
}

/** The clause around `pos`: between the clause breaks either side. */
function clauseAt(pos: number, text: string, breaks = clauseBreaks(text)): [number, number] {
  let start = 0;
  let end = text.length;
  for (const [bs, be] of breaks) {
    if (be <= pos) start = be;
    else if (bs >= pos) {
      end = bs;
      break;
    }
  }
  return [start, end];
}

export type Unit = 'cameras' | 'camera_sites';
const countOf = (n: BareNumber, unit: Unit, modifier = ''): Figure => ({
  kind: 'count',
  start: n.start,
  end: n.end,
  value: n.value,
  unit,
  modifier,
});

/** "Bradford has 12 CCTV operators": a number that says what it counts, and it is not cameras. */
const COUNTS_SOMETHING_ELSE = regex(
  'i',
  String.raw`^\s*(?:%|per\s*cent\b|(?:CCTV\s+|control\s+room\s+)?`,
  anyOf(
    'staff|officers|operators|workers|people|residents|councillors|jobs|crimes|incidents|arrests',
    'hours|years|days|weeks|months|miles|streets|roads|schools|buses|towns|wards',
  ),
  String.raw`\b)`,
);

const isYear = (n: BareNumber) => n.value >= 1900 && n.value <= 2100 && n.end - n.start === 4;

/** The unit a list counts: from a count earlier in the segment, else the segment's or its lead's words. */
function listUnit(seg: Segment, m: Mentions, before: number): Unit | null {
  const count = m.figures.filter((f) => f.kind === 'count' && f.start < before).at(-1);
  if (count?.kind === 'count') return count.unit;
  if (CAMERA_WORD.test(seg.text) && !MONEY_WORD.test(seg.text.slice(0, before))) return 'cameras';
  return null;
}

const councilsBefore = (actors: Actor[], to: number) => actors.filter((a) => a.kind === 'council' && a.end <= to);

/**
 * `carried`: the unit the previous segment counted, for a list that runs on across a full
 * stop ("Leeds tops the table with 470 cameras. Bradford is second with 362").
 */
export function buildFrames(seg: Segment, m: Mentions, carried: Unit | null = null): Frame[] {
  const text = seg.text;
  const breaks = clauseBreaks(text, m.actors);
  const frames: Frame[] = m.figures.map((figure) => ({
    segment: seg,
    figure,
    clause: clauseAt(figure.start, text, breaks),
    source: 'clause',
    actor: null,
    column: null,
  }));
  if (seg.kind === 'row') return rowFrames(seg, m);
  const used = new Set<BareNumber>();
  const add = (n: BareNumber, figure: Figure, source: FrameSource, actor: Actor | null) => {
    used.add(n);
    frames.push({ segment: seg, figure, clause: clauseAt(n.start, text, breaks), source, actor, column: null });
  };
  const bare = m.bare.filter((n) => !isYear(n));

  // "2,900 in the former and 1,150 in the latter": the last two councils named, not one compared with.
  const fl = /(\d[\d,]*)\s+in\s+the\s+former\s+and\s+(\d[\d,]*)\s+in\s+the\s+latter/i.exec(text);
  if (fl) {
    const pair = councilsBefore(m.actors, fl.index)
      .filter((a) => !isCompared(a, text))
      .slice(-2);
    const nums = bare.filter((n) => n.start >= fl.index && n.end <= fl.index + fl[0].length);
    const unit = listUnit(seg, m, fl.index);
    if (pair.length === 2 && nums.length === 2 && unit)
      nums.forEach((n, i) => add(n, countOf(n, unit), 'former-latter', pair[i] ?? null));
  }

  // "... 691, 658 and 606 respectively": the numbers (after "to" where a change is told) in the councils' order.
  for (const r of text.matchAll(/\brespectively\b/gi)) {
    const at = r.index ?? 0;
    // In "from 91 to 51 and 72 to 47 respectively" the levels are the numbers after "to".
    const fromTo = /\bfrom\s+\d/i.test(text.slice(0, at));
    const nums = [
      ...bare,
      ...m.figures.filter((f) => f.kind === 'count').map((f) => ({ start: f.start, end: f.end, value: f.value })),
    ]
      .filter((n) => n.end <= at)
      .filter((n) => !fromTo || /\bto\s+$/i.test(text.slice(0, n.start)))
      .sort((a, b) => a.start - b.start);
    const money = m.figures.filter((f) => f.kind === 'money' && f.end <= at);
    const firstNum = Math.min(nums[0]?.start ?? at, money[0]?.start ?? at);
    const names = councilsBefore(m.actors, firstNum);
    // "North Kesteven and South Kesteven spent £64,000 and £187,000 respectively".
    if (money.length >= 2 && money.length === names.length && !nums.length) {
      money.forEach((f, i) => {
        const frame = frames.find((x) => x.figure === f);
        if (!frame) return;
        frame.source = 'respectively';
        frame.actor = names[i] ?? null;
      });
      continue;
    }
    const unit = listUnit(seg, m, at) ?? (CAMERA_WORD.test(text) ? 'cameras' : null);
    if (!unit || names.length < 2 || nums.length !== names.length) continue;
    nums.forEach((n, i) => {
      const figure = m.figures.find((f) => f.start === n.start);
      if (figure)
        frames.splice(
          frames.findIndex((f) => f.figure === figure),
          1,
        );
      add(n, figure ?? countOf(n, unit), 'respectively', names[i] ?? null);
    });
  }

  // "Portsmouth and Nottinghamshire Councils ... with 1,454 each".
  for (const n of bare) {
    if (used.has(n) || !/^\s*each\b/i.test(text.slice(n.end))) continue;
    const unit = listUnit(seg, m, n.start);
    const names = councilsBefore(m.actors, n.start);
    if (!unit || names.length < 2) continue;
    for (const a of names) add(n, countOf(n, unit), 'each', a);
  }

  // "Wigan 95", "Calderdale on 420", "Wandsworth, second with 2246": a council, then its number.
  for (const n of bare) {
    if (used.has(n) || COUNTS_SOMETHING_ELSE.test(text.slice(n.end))) continue;
    const actor = m.actors.filter((a) => a.end <= n.start).at(-1);
    if (actor?.kind !== 'council' || !LIST_LINK.test(text.slice(actor.end, n.start).replace(/^,\s*/, ''))) continue;
    const counted = m.figures.some((f) => f.kind === 'count' && f.start < actor.start);
    const unit = counted ? listUnit(seg, m, actor.start) : carried && !MONEY_WORD.test(text) ? carried : null;
    if (unit) add(n, countOf(n, unit), 'list', actor);
  }

  // A headed list's item: "362 Tower Hamlets", "Islington - 1,800".
  if (seg.kind === 'item' && seg.lead && !m.figures.length && !used.size) {
    const council = m.actors.filter((a) => a.kind === 'council');
    const unit = CAMERA_WORD.test(seg.lead.text) && !MONEY_WORD.test(seg.lead.text) ? 'cameras' : null;
    const n2 = bare.length ? bare : m.bare; // "2044 Hackney" is a count here, not a year
    if (council.length === 1 && n2.length === 1 && n2[0] && unit)
      add(n2[0], countOf(n2[0], unit), 'item', council[0] ?? null);
  }

  // "from 92 to more than 300", "added to 522 that already cover Leicester": a bare level of the counted thing.
  for (const n of bare) {
    if (used.has(n)) continue;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const after = text.slice(n.end, n.end + 30);
    const unit = listUnit(seg, m, n.start);
    if (!unit) continue;
    if (
      /\bfrom\s+\d[\d,]*\s+to\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|around\s+|about\s+)?$/i.test(before) ||
      /^\s+(?:that\s+|which\s+)?(?:are\s+)?(?:already|currently|now)\b/i.test(after) ||
      (/\bwith\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|around\s+|about\s+|just\s+)?$/i.test(before) &&
        /^\s*(?:in\s+total|in\s+all|altogether|overall)?\s*(?:[.,;]|$)/i.test(after) &&
        CAMERA_WORD.test(text.slice(0, n.start)))
    ) {
      add(n, countOf(n, unit), 'clause', null);
    }
  }
  return frames.sort((a, b) => a.figure.start - b.figure.start);
}

/**
 * A table row's figures, each with its column's heading (which names the metric and year). The
 * council is the first cell naming one ("1 | Birmingham | £2,480,000"); cells up to it are labels.
 * A row of a table without a header row takes its metric and year from the line before the table.
 */
function rowFrames(seg: Segment, m: Mentions): Frame[] {
  const cells = Array.from(seg.text.matchAll(/[^|\t]+/g), (c) => ({
    start: c.index ?? 0,
    end: (c.index ?? 0) + c[0].length,
  }));
  const heads = seg.header ? Array.from(seg.header.text.matchAll(/[^|\t]+/g), (c) => c[0].trim()) : null;
  const councilIn = (cell: { start: number; end: number }) =>
    m.actors.find((a) => a.kind === 'council' && a.start >= cell.start && a.end <= cell.end) ?? null;
  const labelCell = Math.max(
    0,
    cells.findIndex((c) => councilIn(c)),
  );
  const actor = cells[labelCell] ? councilIn(cells[labelCell]) : null;
  if (!heads && !actor) return [];
  const out: Frame[] = [];
  cells.forEach((cell, i) => {
    if (i <= labelCell) return;
    const column = heads ? (heads[i] ?? null) : null;
    if (heads && !column) return;
    const inCell = m.figures.filter((f) => f.start >= cell.start && f.end <= cell.end);
    for (const figure of inCell)
      out.push({ segment: seg, figure, clause: [cell.start, cell.end], source: 'row', actor, column });
    const n = m.bare.find((b) => b.start >= cell.start && b.end <= cell.end);
    const counted = column ?? seg.lead?.text ?? '';
    if (!n || inCell.length || !CAMERA_WORD.test(counted)) return;
    out.push({
      segment: seg,
      figure: countOf(n, /sites?|locations?/i.test(counted) ? 'camera_sites' : 'cameras'),
      clause: [cell.start, cell.end],
      source: 'row',
      actor,
      column,
    });
  });
  return out;
}
