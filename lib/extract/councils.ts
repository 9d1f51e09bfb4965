import { existedIn } from '../councils';
import { SHORT_FORMS } from '../councils/short-forms';
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
  /**
   * How the name was written: in full or as a known short form; a bare county name ("Norfolk"),
   * which is the council only as a subject, not as a place ("in Norfolk"); or a short form of
   * several councils, which is a warning, never a guess.
   */
  form: 'name' | 'bare_county' | 'ambiguous';
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

const normCache = new Map<string, string>();

function normToken(t: string): string {
  let n = normCache.get(t);
  if (n === undefined) {
    n =
      t === '&'
        ? 'and'
        : t
            .normalize('NFKD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase();
    if (normCache.size < 50_000) normCache.set(t, n);
  }
  return n;
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

/** Capitalised words that may follow a council's name and keep it the council: "Wigan Council", "Lancaster Town Hall". */
const NAME_CONTINUES = new Set([
  'council',
  'councils',
  'borough',
  'district',
  'city',
  'county',
  'metropolitan',
  'town',
  'unitary',
]);

export class CouncilMatcher {
  private readonly variants = new Map<string, CouncilRecord[]>();
  private readonly bareCounties = new Set<string>();
  private readonly ambiguous = new Set<string>();
  private readonly maxTokens: number;
  /** Every leading run of words of a name, so a scan stops as soon as no name can go on. */
  private readonly prefixes = new Set<string>();

  constructor(list: readonly CouncilRecord[]) {
    for (const c of list) {
      const cores = new Set([c.name, c.officialName, ...c.altNames].map(core).filter(isDistinctive));
      for (const k of cores) {
        // A bare county name is often the place ("in Kent"): the mention says so (form).
        if (c.type === 'CTY' && !this.variants.has(k)) this.bareCounties.add(k);
        this.add(k, c);
        for (const s of SUFFIXES) this.add(`${k} ${s}`, c);
        for (const p of PREFIXES) this.add(`${p} ${k}`, c);
        this.add(`${k} county`, c);
      }
      this.add(normPhrase(c.officialName), c);
    }
    for (const [short, names] of Object.entries(SHORT_FORMS)) {
      const key = normPhrase(short);
      // A short form of several councils replaces any single reading the list's spellings gave it.
      if (names.length > 1) this.variants.delete(key);
      if (this.variants.has(key)) continue;
      for (const name of names) {
        const c = list.find((r) => r.name === name);
        if (c) this.add(key, c);
      }
      const found = this.variants.get(key) ?? [];
      if (new Set(found.map((c) => c.name)).size > 1) this.ambiguous.add(key);
    }
    this.maxTokens = Math.max(...[...this.variants.keys()].map((k) => k.split(' ').length));
    for (const k of this.variants.keys()) {
      const words = k.split(' ');
      for (let n = 1; n <= words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
    }
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
        mentions.push({
          start: first.start,
          end: first.end,
          council,
          candidates: aliased,
          text: first.raw,
          form: 'name',
        });
        continue;
      }
      let key = '';
      let found: { n: number; list: CouncilRecord[]; key: string } | null = null;
      for (let n = 1; n <= this.maxTokens; n++) {
        const tok = tokens[i + n - 1];
        const prev = tokens[i + n - 2];
        if (!tok) break;
        if (n > 1 && prev && !/^[\s\-'’.,]*$/.test(text.slice(prev.end, tok.start))) break;
        if (n > 1 && prev && /\n/.test(text.slice(prev.end, tok.start))) break;
        key = n === 1 ? tok.norm : `${key} ${tok.norm}`;
        if (!this.prefixes.has(key)) break; // no name goes on from here
        const list = this.variants.get(key);
        if (list) found = { n, list, key };
      }
      if (!found) continue;
      const last = tokens[i + found.n - 1];
      const council = pick(found.list, year);
      if (!last || !council) continue;
      // "Bury St Edmunds", "Kent Police", "Bolton Road": the name goes on into another proper noun.
      const next = tokens[i + found.n];
      if (
        next &&
        /^\s+$/.test(text.slice(last.end, next.start)) &&
        /^\p{Lu}\p{Ll}/u.test(next.raw) &&
        !NAME_CONTINUES.has(next.norm)
      ) {
        i += found.n - 1;
        continue;
      }
      const written = text.slice(first.start, last.end);
      const form = this.ambiguous.has(found.key)
        ? 'ambiguous'
        : this.bareCounties.has(found.key)
          ? 'bare_county'
          : 'name';
      mentions.push({ start: first.start, end: last.end, council, candidates: found.list, text: written, form });
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

const GENERIC_WORDS = new Set([
  'Borough',
  'District',
  'City',
  'County',
  'Metropolitan',
  'Unitary',
  'Local',
  'Town',
  'Parish',
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
    start = text.indexOf(words[0] ?? '', start);
    if (known.some((k) => start < k.end && end > k.start)) continue;
    if (words.every((w) => GENERIC_WORDS.has(w))) continue; // "the Borough Council": a reference, not a name
    out.push({ start, end, council: null, candidates: [], text: text.slice(start, end), form: 'name' });
  }
  return out;
}
