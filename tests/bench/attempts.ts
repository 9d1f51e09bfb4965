/**
 * A measurement can fail on its own: a Lighthouse run records no first paint, an HTTP run throws,
 * a page answers 500. It is tried again a bounded number of times; what still fails becomes an
 * Outcome with the reason, which the report shows as "not measured: <reason>", and the benchmark
 * goes on with the rest.
 */
export type Outcome<T> = { ok: true; value: T; failures: string[] } | { ok: false; reason: string; failures: string[] };

export const failed = (reason: string, failures: string[] = [reason]): Outcome<never> => ({
  ok: false,
  reason,
  failures,
});

/** A thrown value as one line, with its cause (fetch's "fetch failed" says why only there). */
export function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const message = error.message.split('\n')[0] || error.name;
  return error.cause instanceof Error ? `${message} (${reasonOf(error.cause)})` : message;
}

/** Failures as one reason: each distinct one once, in the order first seen, with how often it happened. */
export function summarise(failures: string[]): string {
  const counts = new Map<string, number>();
  for (const f of failures) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].map(([f, n]) => (n > 1 ? `${f} (x${n})` : f)).join('; ');
}

export interface Tries<T> {
  /** At most this many attempts in all. */
  tries: number;
  /** Why a value that came back does not count (undefined when it does). */
  problem?: (value: T) => string | undefined;
  /** Told of each failed attempt as it happens (for the log). */
  onFailure?: (reason: string, attempt: number) => void;
}

/** Up to `want` good values from at most `tries` attempts; stops as soon as it has them. */
export async function collect<T>(
  attempt: (n: number) => Promise<T>,
  want: number,
  { tries, problem, onFailure }: Tries<T>,
): Promise<{ values: T[]; failures: string[] }> {
  const values: T[] = [];
  const failures: string[] = [];
  for (let n = 0; n < tries && values.length < want; n++) {
    let reason: string | undefined;
    try {
      const value = await attempt(n);
      reason = problem?.(value);
      if (reason === undefined) {
        values.push(value);
        continue;
      }
    } catch (error) {
      reason = reasonOf(error);
    }
    failures.push(reason);
    onFailure?.(reason, n);
  }
  return { values, failures };
}

/** One good value from at most `tries` attempts (2 unless told), or the reason none came. */
export async function retry<T>(
  attempt: (n: number) => Promise<T>,
  { tries = 2, ...rest }: Partial<Tries<T>> = {},
): Promise<Outcome<T>> {
  const { values, failures } = await collect(attempt, 1, { tries, ...rest });
  if (values.length === 0) return failed(summarise(failures), failures);
  return { ok: true, value: values[0] as T, failures };
}

/** The values of the outcomes that succeeded, undefined for the others (one per round, say). */
export const valuesOf = <T>(outcomes: ReadonlyArray<Outcome<T> | undefined>): Array<T | undefined> =>
  outcomes.map((o) => (o?.ok ? o.value : undefined));

/** Why the outcomes that failed did, as one reason. */
export const reasonsOf = (outcomes: ReadonlyArray<Outcome<unknown> | undefined>): string =>
  summarise(outcomes.flatMap((o) => (o && !o.ok ? [o.reason] : [])));

/** An outcome as the JSON results hold it: its value, or `{ notMeasured: reason }`. */
export const toJson = <T>(o: Outcome<T>): T | { notMeasured: string } => (o.ok ? o.value : { notMeasured: o.reason });

/** toJson for each outcome of a record (by page, say). */
export const recordToJson = <T>(outcomes: Record<string, Outcome<T>>) =>
  Object.fromEntries(Object.entries(outcomes).map(([k, o]) => [k, toJson(o)]));
