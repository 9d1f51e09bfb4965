import { councils as bundled, type CouncilRecord } from './index';
import { SHORT_FORMS } from './short-forms';

/**
 * How well a council's names match a query, best first. A council takes the best of its names:
 *   exact        the query is its common name
 *   name-prefix  its common name starts with the query ("welwyn" -> Welwyn Hatfield)
 *   word-prefix  a later word of its common name starts with the query ("hatfield")
 *   other-name   a word of its official name, a known spelling or a short form starts with the
 *                query ("hull city" -> Kingston upon Hull; "herts" -> Hertfordshire)
 *   any-order    each of the query's words starts a word of one of its names, in any order
 *                ("dagenham barking" -> Barking and Dagenham; "hatfield welwyn")
 *   substring    the query is inside any of its names ("field" -> Welwyn Hatfield)
 */
export const MATCH_RANKS = ['exact', 'name-prefix', 'word-prefix', 'other-name', 'any-order', 'substring'] as const;
export type MatchRank = (typeof MATCH_RANKS)[number];

interface CouncilMatch {
  council: CouncilRecord;
  rank: MatchRank;
}

export interface SearchResult {
  /** The best matches, at most `limit`. */
  matches: CouncilMatch[];
  /** How many councils match in all. */
  total: number;
}

/**
 * A name as the search compares it: accents dropped, lower case, apostrophes dropped ("King's" is
 * "kings"), any other punctuation a space ("Stoke-on-Trent", "St. Helens"), and the word "and"
 * dropped, so "&", "and" and neither are the same ("Barking & Dagenham", "Barking Dagenham").
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(^| )and(?= |$)/g, '')
    .trim();
}

interface Indexed {
  council: CouncilRecord;
  name: string;
  others: string[];
}

/** Whether `query` starts `text` or one of its words. */
const atWordStart = (text: string, query: string) => text.startsWith(query) || text.includes(` ${query}`);

/** Whether each of `words` starts `text` or one of its words. */
const allAtWordStarts = (text: string, words: string[]) => words.every((w) => atWordStart(text, w));

function rankOf({ name, others }: Indexed, query: string, words: string[]): MatchRank | null {
  if (name === query) return 'exact';
  if (name.startsWith(query)) return 'name-prefix';
  if (name.includes(` ${query}`)) return 'word-prefix';
  if (others.some((o) => atWordStart(o, query))) return 'other-name';
  // A single word that starts a word of a name has matched above, so it is skipped here: that only
  // saves time (a search over the bundled list: 0.15 ms before this rank, 0.19 ms with it, 0.26 ms
  // without the skip; medians over eight queries, three of them several words).
  if (words.length > 1 && (allAtWordStarts(name, words) || others.some((o) => allAtWordStarts(o, words)))) {
    return 'any-order';
  }
  if (name.includes(query) || others.some((o) => o.includes(query))) return 'substring';
  return null;
}

/** Short forms news writes ("Herts", "Hull"), by the common name of the council they may mean. */
function shortFormsByName(): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const [short, names] of Object.entries(SHORT_FORMS)) {
    for (const name of names) byName.set(name, [...(byName.get(name) ?? []), short]);
  }
  return byName;
}

/**
 * A search over a list of councils (the bundled list of every English council, current and
 * former, by default). Ties within a rank: councils that still exist first, then A to Z (then
 * the list's order), so "somerset" gives the unitary Somerset Council before the county council
 * it replaced.
 */
export function councilSearch(list: readonly CouncilRecord[] = bundled) {
  const shortForms = shortFormsByName();
  const index: Indexed[] = list.map((council) => ({
    council,
    name: normaliseName(council.name),
    others: [council.officialName, ...council.altNames, ...(shortForms.get(council.name) ?? [])]
      .map(normaliseName)
      .filter(Boolean),
  }));
  return (query: string, limit: number): SearchResult => {
    const q = normaliseName(query);
    if (!q) return { matches: [], total: 0 };
    const words = q.split(' ');
    const matches = index.flatMap((entry) => {
      const rank = rankOf(entry, q, words);
      return rank ? [{ council: entry.council, rank }] : [];
    });
    matches.sort(
      (a, b) =>
        MATCH_RANKS.indexOf(a.rank) - MATCH_RANKS.indexOf(b.rank) ||
        Number(a.council.endDate !== null) - Number(b.council.endDate !== null) ||
        a.council.name.localeCompare(b.council.name, 'en-GB'),
    );
    return { matches: matches.slice(0, Math.max(0, limit)), total: matches.length };
  };
}

/** Searches the bundled list of every English council. */
export const searchCouncils = councilSearch();
