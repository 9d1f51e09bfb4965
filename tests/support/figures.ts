import type { Bound, FactRow, YearFigure } from '../../lib/domain/figure';

let nextId = 0;

const CITATION = { slug: 'a', publisher: 'A', url: null, title: null, publishedOn: null };

/** A figure for tests: its own fact id, an invented source. */
export function fig(year: number, value: number, bound: Bound = 'exact'): YearFigure {
  nextId += 1;
  return {
    year,
    value,
    bound,
    source: { factId: nextId, citation: CITATION, status: 'confirmed', quote: 'q', start: 0, end: 1 },
    conflicts: [],
  };
}

/** A stored fact for tests. */
export function factRow(over: Partial<FactRow>): FactRow {
  return {
    id: 1,
    metric: 'spend',
    basis: null,
    threshold: null,
    financialYear: 2017,
    value: 1,
    bound: 'exact',
    citation: CITATION,
    status: 'confirmed',
    quote: 'q',
    start: 0,
    end: 1,
    ...over,
  };
}
