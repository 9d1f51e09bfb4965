import { describe, expect, it, vi } from 'vitest';
import {
  collect,
  failed,
  reasonOf,
  reasonsOf,
  recordToJson,
  retry,
  summarise,
  toJson,
  valuesOf,
  type Outcome,
} from '../../bench/attempts';

/** An attempt function that plays the given script: a value to return or an Error to throw, one per call. */
function scripted<T>(...script: Array<T | Error>) {
  return vi.fn(async (n: number) => {
    const step = script[Math.min(n, script.length - 1)];
    if (step instanceof Error) throw step;
    return step as T;
  });
}

describe('retry', () => {
  it('returns the first value and stops trying', async () => {
    const attempt = scripted(42);
    expect(await retry(attempt, { tries: 3 })).toEqual({ ok: true, value: 42, failures: [] });
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('tries again after a throw and keeps the failure it got past', async () => {
    const attempt = scripted<number>(new Error('socket hang up'), 7);
    expect(await retry(attempt, { tries: 3 })).toEqual({ ok: true, value: 7, failures: ['socket hang up'] });
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('gives up after `tries` attempts with the reason, instead of throwing', async () => {
    const attempt = scripted<number>(new Error('connect ECONNREFUSED'));
    const outcome = await retry(attempt, { tries: 3 });
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(outcome).toEqual({
      ok: false,
      reason: 'connect ECONNREFUSED (x3)',
      failures: ['connect ECONNREFUSED', 'connect ECONNREFUSED', 'connect ECONNREFUSED'],
    });
  });

  it('tries twice unless told', async () => {
    const attempt = scripted<number>(new Error('boom'));
    await retry(attempt);
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('counts a value with a problem as a failure, with the problem as the reason', async () => {
    const attempt = scripted(0, 0, 5);
    const problem = (x: number) => (x > 0 ? undefined : 'no request answered');
    const onFailure = vi.fn();
    expect(await retry(attempt, { tries: 2, problem, onFailure })).toEqual(
      failed('no request answered (x2)', ['no request answered', 'no request answered']),
    );
    expect(onFailure.mock.calls).toEqual([
      ['no request answered', 0],
      ['no request answered', 1],
    ]);
    expect(await retry(scripted(0, 5), { tries: 2, problem })).toMatchObject({ ok: true, value: 5 });
  });
});

describe('collect', () => {
  it('stops once it has the values it wants', async () => {
    const attempt = scripted(1, 2, 3, 4);
    expect(await collect(attempt, 2, { tries: 6 })).toEqual({ values: [1, 2], failures: [] });
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('makes up for failed attempts, within `tries` in all', async () => {
    const attempt = scripted<number>(new Error('NO_FCP'), 1, new Error('NO_FCP'), 2, 3);
    expect(await collect(attempt, 3, { tries: 4 })).toEqual({ values: [1, 2], failures: ['NO_FCP', 'NO_FCP'] });
    expect(attempt).toHaveBeenCalledTimes(4);
  });
});

describe('reasons', () => {
  it('reads a thrown value as one line, with its cause', () => {
    expect(reasonOf(new Error('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:3200') }))).toBe(
      'fetch failed (connect ECONNREFUSED 127.0.0.1:3200)',
    );
    expect(reasonOf(new Error('next build failed:\nlots of output'))).toBe('next build failed:');
    expect(reasonOf(new TypeError(''))).toBe('TypeError');
    expect(reasonOf('a string')).toBe('a string');
  });

  it('gives each distinct failure once, in order, with its count', () => {
    expect(summarise(['a', 'b', 'a', 'a'])).toBe('a (x3); b');
    expect(summarise([])).toBe('');
  });

  it('takes values and reasons from a round of outcomes', () => {
    const outcomes: Array<Outcome<number> | undefined> = [
      { ok: true, value: 1, failures: [] },
      failed('timeout'),
      undefined,
      failed('timeout'),
    ];
    expect(valuesOf(outcomes)).toEqual([1, undefined, undefined, undefined]);
    expect(reasonsOf(outcomes)).toBe('timeout (x2)');
  });

  it('writes an outcome to JSON as its value or as not measured', () => {
    expect(toJson({ ok: true, value: { rps: 1 }, failures: ['x'] })).toEqual({ rps: 1 });
    expect(toJson(failed('no first paint'))).toEqual({ notMeasured: 'no first paint' });
    expect(recordToJson<number>({ '/': { ok: true, value: 3, failures: [] }, '/england': failed('timeout') })).toEqual({
      '/': 3,
      '/england': { notMeasured: 'timeout' },
    });
  });
});
