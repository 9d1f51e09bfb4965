import type { Bound, SourceRef, YearFigure } from './figure';

type Bounded = Pick<YearFigure, 'value' | 'bound'>;

/** A figure divided by residents: `value` in its own step (whole pence, or tenths per 10,000). */
export interface PerResident {
  value: number;
  bound: Bound;
}

/**
 * Rounds a quotient to a whole number of steps without breaking its bound: "more than" is rounded
 * down and "less than" up, so "more than £78m" over a population stays true; an exact or "about"
 * quotient is rounded to the nearest. A positive amount too small to show as one step is "less
 * than" one step, never 0.
 */
export function roundWithin(quotient: number, bound: Bound): PerResident {
  if (bound === 'more_than') return { value: Math.floor(quotient), bound };
  if (bound === 'less_than') return { value: Math.max(1, Math.ceil(quotient)), bound };
  const value = Math.round(quotient);
  if (value === 0 && quotient > 0) return { value: 1, bound: 'less_than' };
  return { value, bound };
}

/** Money per resident in whole pence: £83,000 over 123,893 residents is 67 pence. */
export function pencePerResident(figure: Bounded, population: number | null): PerResident | null {
  if (!population || population <= 0) return null;
  return roundWithin((figure.value * 100) / population, figure.bound);
}

/**
 * A count per 10,000 residents, in tenths (one decimal place, as the pages show it): 23 cameras
 * over 123,893 residents is 1.9 per 10,000, value 19.
 */
export function tenthsPer10kResidents(figure: Bounded, population: number | null): PerResident | null {
  if (!population || population <= 0) return null;
  return roundWithin((figure.value * 10_000 * 10) / population, figure.bound);
}

/**
 * A series of money figures as pence per resident, each with its bound kept (and each differing
 * source's value divided too); empty without a population. Sources and years are the figures' own.
 */
export function perResidentSeries<S extends SourceRef>(
  list: ReadonlyArray<YearFigure<S>>,
  population: number | null,
): Array<YearFigure<S>> {
  const divide = <F extends Bounded>(f: F): F | null => {
    const p = pencePerResident(f, population);
    return p && { ...f, value: p.value, bound: p.bound };
  };
  return list.flatMap((f) => {
    const own = divide(f);
    return own ? [{ ...own, conflicts: f.conflicts.flatMap((c) => divide(c) ?? []) }] : [];
  });
}
