import type { Bound, SourceRef, YearFigure } from './figure';

/** A ratio of two bounded figures, with the bound the ratio inherits. */
export interface Ratio {
  value: number;
  bound: Bound;
}

type Bounded = Pick<YearFigure, 'value' | 'bound'>;

const FLIP: Record<Bound, Bound> = { exact: 'exact', more_than: 'less_than', less_than: 'more_than', about: 'about' };

/**
 * numerator / denominator, bounded honestly: dividing by "more than £78m" gives "less than"
 * the ratio; a bounded numerator passes its bound on. Two bounds that pull different ways,
 * or an "about" anywhere, give "about".
 */
export function ratio(numerator: Bounded, denominator: Bounded): Ratio | null {
  if (denominator.value === 0) return null;
  const a = numerator.bound;
  const b = FLIP[denominator.bound];
  let bound: Bound;
  if (a === 'exact') bound = b;
  else if (b === 'exact' || a === b) bound = a;
  else bound = 'about';
  return { value: numerator.value / denominator.value, bound };
}

export interface PerUnit<S extends SourceRef = SourceRef> {
  spend: YearFigure<S>;
  count: YearFigure<S>;
  unit: 'cameras' | 'camera_sites';
  cost: Ratio;
}

/**
 * Spend per camera (or per camera site) for the latest spend year, against the count closest
 * to that year. Its unit is named: cameras and sites are never mixed.
 */
export function perUnitCost<S extends SourceRef>(
  spend: Array<YearFigure<S>>,
  cameras: Array<YearFigure<S>>,
  sites: Array<YearFigure<S>>,
): PerUnit<S> | null {
  const latest = spend.at(-1);
  if (!latest) return null;
  const nearest = (list: Array<YearFigure<S>>) =>
    [...list].sort((x, y) => Math.abs(x.year - latest.year) - Math.abs(y.year - latest.year) || y.year - x.year)[0];
  const camera = nearest(cameras);
  const site = nearest(sites);
  const count = camera ?? site;
  const unit = camera ? 'cameras' : 'camera_sites';
  if (!count) return null;
  const cost = ratio(latest, count);
  return cost ? { spend: latest, count, unit, cost } : null;
}

export interface YearShare<S extends SourceRef = SourceRef> {
  year: number;
  part: YearFigure<S>;
  whole: YearFigure<S>;
  share: Ratio;
}

/** Each year where both a council's spend and England's total are known: the council's share. */
export function sharesOf<S extends SourceRef>(
  part: Array<YearFigure<S>>,
  whole: Array<YearFigure<S>>,
): Array<YearShare<S>> {
  return part.flatMap((p) => {
    const w = whole.find((x) => x.year === p.year);
    const share = w ? ratio(p, w) : null;
    return w && share ? [{ year: p.year, part: p, whole: w, share }] : [];
  });
}
