import { describe, expect, it } from 'vitest';
import { failed, type Outcome } from '../../bench/attempts';
import type { HttpResult } from '../../bench/http';
import { Report } from '../../bench/report';
import { targetRows } from '../../bench/sections/http';

const run = (requestsPerSecond: number, p99 = 40): Outcome<HttpResult> => ({
  ok: true,
  value: { url: 'u', requestsPerSecond, p50: 20, p99, errors: 0, non2xx: 0 },
  failures: [],
});
const copy = { ok: true as const, value: { url: '/__bench/4-england.html', file: 'f', bytes: 21_375 }, failures: [] };

function rows(m: Partial<Parameters<typeof targetRows>[2]>) {
  const report = new Report();
  targetRows(report.area('http'), '/england', {
    pages: [run(900), run(1000), run(950)],
    copies: [run(1000), run(1000), run(1000)],
    copy,
    roundFloors: [1000, 1000, 1000],
    floors: [run(1000)],
    raw: run(20_000),
    ...m,
  });
  return report.checks;
}

describe('the rows of an HTTP target', () => {
  it('compares the page with its same-size static copy round by round and meets the target at 0.90', () => {
    const [same] = rows({});
    expect(same).toMatchObject({
      what: '/england x same-size static (20.9 KB)',
      value: '0.95 [0.90 1.00 0.95] (950 vs 1000 req/s)',
      target: '>= 0.90 x same-size static',
      met: true,
    });
    // Medians of the ratios, not a ratio of medians: the copy's slow round pairs with the page's.
    const [drift] = rows({ pages: [run(450), run(880), run(900)], copies: [run(500), run(1000), run(1000)] });
    expect(drift).toMatchObject({ value: '0.90 [0.90 0.88 0.90] (880 vs 1000 req/s)', met: true });
    const [slow] = rows({ pages: [run(890), run(880), run(950)] });
    expect(slow).toMatchObject({ value: '0.89 [0.89 0.88 0.95] (890 vs 1000 req/s)', met: false });
  });

  it('reports the floor and node:http figures with the page', () => {
    const checks = rows({ roundFloors: [1000, undefined, 500] });
    expect(checks.map((c) => [c.what, c.value, c.met])).toEqual([
      ['/england x same-size static (20.9 KB)', '0.95 [0.90 1.00 0.95] (950 vs 1000 req/s)', true],
      ['/england req/s, x floor /about', '950, 1.40 [0.90 1.90]', true],
      ['/england x node:http (same bytes)', '0.05 (node:http 20000 req/s)', true],
      ['/england p50 / p99 ms', '20 / 40', true],
      ['/england errors', '0', true],
    ]);
  });

  it('reports the comparison as not measured when the copy could not be made, and keeps the rest', () => {
    const reason = 'reading the page for its copy: /england answered 500 (x2)';
    const checks = rows({ copy: failed(reason), copies: [undefined, undefined, undefined], raw: failed(reason) });
    expect(checks[0]).toMatchObject({ what: '/england x same-size static', value: `not measured: ${reason}` });
    expect(checks[0]?.met).toBe(false);
    expect(checks[1]).toMatchObject({ value: '950, 0.95 [0.90 1.00 0.95]', met: true });
    expect(checks[2]).toMatchObject({ value: `not measured: node:http: ${reason}`, met: false });
  });

  it('uses the rounds that measured both sides, and says why when none did', () => {
    const [some] = rows({ pages: [failed('socket hang up'), run(1000), run(900)] });
    expect(some?.value).toBe('0.95 [1.00 0.90] (950 vs 1000 req/s)');
    const checks = rows({ pages: [failed('socket hang up'), failed('socket hang up'), failed('timeout')] });
    expect(checks.map((c) => c.value)).toEqual(
      Array(5)
        .fill('not measured: socket hang up (x2); timeout')
        .map((v, i) => (i === 0 ? v : v)),
    );
    expect(checks.every((c) => !c.met)).toBe(true);
  });
});
