/**
 * The arithmetic of interleaved rounds. The machines are shared and their speed drifts by tens of
 * per cent within a minute, so a page is only ever compared with a reference measured next to it:
 * - its same-size static copy, measured just before or just after it in the same round (page
 *   first in even rounds, copy first in odd ones, so a steady drift favours neither);
 * - the floor (/about), measured between rounds: a round's floor is the mean of the floors either
 *   side of it.
 * A ratio is taken per round, for the rounds that measured both sides, and the table gives the
 * median with each round's ratio.
 */

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

const usable = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x) && x > 0;

/** What a round measures first: the page or its static copy. */
export const pairOrder = (round: number): Array<'page' | 'static'> =>
  round % 2 === 0 ? ['page', 'static'] : ['static', 'page'];

/**
 * The floor round `round` is compared with: the mean of the floors measured before it
 * (`floors[round]`) and after it (`floors[round + 1]`), or the one of them that was measured.
 */
export function floorAround(floors: ReadonlyArray<number | undefined>, round: number): number | undefined {
  const sides = [floors[round], floors[round + 1]].filter(usable);
  return sides.length ? sides.reduce((a, b) => a + b, 0) / sides.length : undefined;
}

/** Each round's a / b, for the rounds that measured both. */
export function roundRatios(a: ReadonlyArray<number | undefined>, b: ReadonlyArray<number | undefined>): number[] {
  return a.flatMap((x, i) => {
    const y = b[i];
    return usable(x) && usable(y) ? [x / y] : [];
  });
}

/** "0.96 [0.95 0.96 0.97]": the median ratio, then each round's. */
export const formatRatios = (ratios: number[]) =>
  `${median(ratios).toFixed(2)} [${ratios.map((r) => r.toFixed(2)).join(' ')}]`;

/** The median of the values that were measured, or undefined when none was. */
export function medianOf(xs: ReadonlyArray<number | undefined>): number | undefined {
  const ok = xs.filter((x): x is number => x !== undefined && Number.isFinite(x));
  return ok.length ? median(ok) : undefined;
}
