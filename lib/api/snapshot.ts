import 'server-only';

/**
 * The API's answers, kept whole in this process's memory: a repeat call costs a map lookup, not
 * a query and a serialisation. An answer older than FRESH_MS is still served, and rebuilt in the
 * background (stale-while-revalidate, like the pages' ISR), so readers see an ingest within a
 * few seconds. One build per key at a time; at most MAX_ENTRIES answers, the longest unrebuilt
 * dropped first. docs/decisions/005-caching.md.
 */
export const FRESH_MS = 5_000;
const MAX_ENTRIES = 1_000;

interface Snapshot {
  status: number;
  headers: Array<[string, string]>;
  body: string;
  builtAt: number;
}

// On globalThis: Next bundles route handlers and server actions separately, and an editor's
// action must clear the same map the API routes answer from (lib/editor/refresh.ts).
const store = globalThis as unknown as {
  apiSnapshots?: Map<string, Snapshot>;
  apiBuilding?: Map<string, Promise<Snapshot>>;
};
const answers = (store.apiSnapshots ??= new Map<string, Snapshot>());
const building = (store.apiBuilding ??= new Map<string, Promise<Snapshot>>());

function rebuild(key: string, build: () => Promise<Response>): Promise<Snapshot> {
  const running = building.get(key);
  if (running) return running;
  const next = (async () => {
    const res = await build();
    const snap: Snapshot = {
      status: res.status,
      headers: [...res.headers],
      body: await res.text(),
      builtAt: Date.now(),
    };
    if (snap.status < 500) {
      answers.delete(key);
      answers.set(key, snap);
      if (answers.size > MAX_ENTRIES) answers.delete(answers.keys().next().value ?? key);
    }
    return snap;
  })().finally(() => building.delete(key));
  building.set(key, next);
  return next;
}

/** The answer for `key`: from memory when there is one, else built by `build` now. */
export async function snapshot(key: string, build: () => Promise<Response>): Promise<Response> {
  let snap = answers.get(key);
  if (!snap) {
    snap = await rebuild(key, build);
  } else if (Date.now() - snap.builtAt > FRESH_MS) {
    rebuild(key, build).catch((error: unknown) => console.error(`API snapshot ${key} could not be rebuilt:`, error));
  }
  return new Response(snap.body, { status: snap.status, headers: snap.headers });
}

/** Forgets every answer: after an editor's change, and in tests. */
export function clearSnapshots() {
  answers.clear();
}
