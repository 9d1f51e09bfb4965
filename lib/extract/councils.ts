import { existedIn } from '../councils';
import type { CouncilRecord } from '../councils/types';

/** A place in the text that names a council. `council` is null for one not in the list. */
export interface CouncilMention {
  start: number;
  end: number;
  /** The council the name meant in the article's current year (for following the story). */
  council: CouncilRecord | null;
  /**
   * Every council of that name: two share one where a county became a unitary of the same name
   * (Somerset, North Yorkshire). A figure takes the one that existed in its own year (councilIn).
   */
  candidates: CouncilRecord[];
  /** The name as written, for warnings about councils not in the list. */
  text: string;
}

/** Of several councils with one name, the one that existed in `year` (else the current one). */
function pick(candidates: CouncilRecord[], year: number | null): CouncilRecord | undefined {
  if (year !== null) {
    const live = candidates.find((c) => existedIn(c, year));
    if (live) return live;
  }
  return candidates.find((c) => !c.endDate) ?? candidates[0];
}

/** The council a mention names for a figure of `year`. */
export function councilIn(mention: CouncilMention, year: number): CouncilRecord | null {
  return pick(mention.candidates, year) ?? null;
}

const SUFFIXES = [
  'council',
  'borough council',
  'district council',
  'city council',
  'county council',
  'metropolitan borough council',
  'metropolitan district council',
  'borough',
  'district',
  'dc',
  'bc',
  'mbc',
  'cc',
  'unitary authority',
];
const PREFIXES = [
  'london borough of',
  'royal borough of',
  'borough of',
  'city of',
  'the london borough of',
  'the royal borough of',
];

const TOKEN_RE = /[\p{L}\p{N}]+|&/gu;

function normToken(t: string): string {
  return t === '&'
    ? 'and'
    : t
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

function normPhrase(s: string): string {
  return Array.from(s.matchAll(TOKEN_RE), (m) => normToken(m[0])).join(' ');
}

/** "Welwyn Hatfield Borough Council" -> "welwyn hatfield"; "London Borough of Camden" -> "camden". */
function core(name: string): string {
  let n = normPhrase(name);
  for (const p of PREFIXES) if (n.startsWith(`${p} `)) n = n.slice(p.length + 1);
  for (const s of [...SUFFIXES].sort((a, b) => b.length - a.length)) {
    if (n.endsWith(` ${s}`)) {
      n = n.slice(0, -s.length - 1);
      break;
    }
  }
  return n;
}

const GENERIC = new Set(['city', 'of', 'borough', 'council', 'district', 'county', 'the', 'and', 'london', 'royal']);

/** Drops list entries such as "City of" that would match far too much. */
function isDistinctive(name: string): boolean {
  return name.split(' ').some((t) => t && !GENERIC.has(t));
}

export class CouncilMatcher {
  private readonly variants = new Map<string, CouncilRecord[]>();
  private readonly maxTokens: number;

  constructor(list: readonly CouncilRecord[]) {
    for (const c of list) {
      const cores = new Set([c.name, c.officialName, ...c.altNames].map(core).filter(isDistinctive));
      for (const k of cores) {
        // A bare county name is usually the place ("Kent Police", "in Kent"), not the council.
        if (c.type !== 'CTY') this.add(k, c);
        for (const s of SUFFIXES) this.add(`${k} ${s}`, c);
        for (const p of PREFIXES) this.add(`${p} ${k}`, c);
        this.add(`${k} county`, c);
      }
      this.add(normPhrase(c.officialName), c);
    }
    this.maxTokens = Math.max(...[...this.variants.keys()].map((k) => k.split(' ').length));
  }

  private add(key: string, c: CouncilRecord) {
    const list = this.variants.get(key) ?? [];
    if (!list.includes(c)) list.push(c);
    this.variants.set(key, list);
  }

  /**
   * Council names in one sentence, longest first, left to right. `aliases` holds
   * abbreviations the article defined ("Mid Suffolk District Council (MSDC)") and gains
   * the ones this sentence defines.
   */
  find(text: string, year: number | null, aliases: Map<string, CouncilRecord[]>): CouncilMention[] {
    const tokens = Array.from(text.matchAll(TOKEN_RE), (m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      raw: m[0],
      norm: normToken(m[0]),
    }));
    const mentions: CouncilMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first || !/^\p{Lu}/u.test(first.raw)) continue;
      const aliased = aliases.get(first.raw);
      if (aliased) {
        const council = pick(aliased, year) ?? null;
        mentions.push({ start: first.start, end: first.end, council, candidates: aliased, text: first.raw });
        continue;
      }
      let key = '';
      let found: { n: number; list: CouncilRecord[] } | null = null;
      for (let n = 1; n <= this.maxTokens && i + n <= tokens.length; n++) {
        const tok = tokens[i + n - 1];
        const prev = tokens[i + n - 2];
        if (!tok) break;
        if (n > 1 && prev && !/^[\s\-'’.,]*$/.test(text.slice(prev.end, tok.start))) break;
        if (n > 1 && prev && /\n/.test(text.slice(prev.end, tok.start))) break;
        key = n === 1 ? tok.norm : `${key} ${tok.norm}`;
        const list = this.variants.get(key);
        if (list) found = { n, list };
      }
      if (!found) continue;
      const last = tokens[i + found.n - 1];
      const council = pick(found.list, year);
      if (!last || !council) continue;
      const written = text.slice(first.start, last.end);
      mentions.push({ start: first.start, end: last.end, council, candidates: found.list, text: written });
      i += found.n - 1;
    }
    for (const m of findUnknownCouncils(text, mentions)) mentions.push(m);
    mentions.sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      const abbr = /^\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)/.exec(text.slice(m.end));
      if (abbr?.[1] && !aliases.has(abbr[1])) aliases.set(abbr[1], m.candidates);
    }
    return mentions;
  }
}

const DETERMINERS = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'Each',
  'Every',
  'Our',
  'Its',
  'Their',
  'Your',
  'Local',
  'Any',
  'No',
  'One',
  'Which',
  'Another',
  'Government',
  'Some',
]);

/** "Cardiff Council", "Hatfield Town Council": councils the list does not hold. */
function findUnknownCouncils(text: string, known: CouncilMention[]): CouncilMention[] {
  const out: CouncilMention[] = [];
  const re =
    /((?:\p{Lu}[\p{L}'’-]*\s+){1,4})((?:(?:Borough|District|City|County|Metropolitan Borough|Town|Parish)\s+)?Council)\b/gu;
  for (const m of text.matchAll(re)) {
    let start = m.index ?? 0;
    const end = start + m[0].length;
    const words = (m[1] ?? '').trim().split(/\s+/);
    while (words.length && DETERMINERS.has(words[0] ?? '')) {
      start = text.indexOf(words[0] ?? '', start) + (words[0] ?? '').length;
      words.shift();
    }
    if (!words.length) continue;
    start = text.indexOf(words[0] ?? '', start);
    if (known.some((k) => start < k.end && end > k.start)) continue;
    out.push({ start, end, council: null, candidates: [], text: text.slice(start, end) });
  }
  return out;
}
