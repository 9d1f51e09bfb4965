// Apart from the matcher (search.ts) so that the API's schemas can name the ranks without loading
// the council list and building the search index.

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
