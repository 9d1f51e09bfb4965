/**
 * The ingest command line's side of on-demand refresh: after it writes, it asks each app server
 * named in REVALIDATE_URLS to refresh its pages (POST /api/revalidate with REVALIDATE_SECRET).
 * With a shared Redis cache one server is enough, since the refresh reaches every server through
 * it; without, each server named is refreshed and the others catch up within their 5 s window.
 */

export interface RefreshTargets {
  urls: string[];
  secret: string;
}

export interface RefreshReport {
  url: string;
  ok: boolean;
  /** "refreshed", or why not: the status and the server's message, or the network error. */
  detail: string;
}

const TIMEOUT_MS = 5_000;

async function askOne(url: string, secret: string, fetchImpl: typeof fetch): Promise<RefreshReport> {
  const endpoint = `${url.replace(/\/+$/, '')}/api/revalidate`;
  try {
    const res = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (res.ok) return { url, ok: true, detail: 'refreshed' };
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    return { url, ok: false, detail: `${res.status}${body?.error?.message ? `: ${body.error.message}` : ''}` };
  } catch (error) {
    // fetch says only "fetch failed"; its cause says why (ECONNREFUSED, ENOTFOUND, ...).
    const e = error as Error & { cause?: { code?: string; message?: string } };
    const detail =
      e.name === 'TimeoutError'
        ? `no answer in ${TIMEOUT_MS / 1000} s`
        : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { url, ok: false, detail };
  }
}

/** Asks every server at once; never throws: a refresh that fails is reported, and the data is written anyway. */
export function askServersToRefresh(
  targets: RefreshTargets,
  fetchImpl: typeof fetch = fetch,
): Promise<RefreshReport[]> {
  return Promise.all(targets.urls.map((url) => askOne(url, targets.secret, fetchImpl)));
}

/** One line per server for the command line. */
export function describeRefresh(reports: RefreshReport[]): string[] {
  return reports.map((r) =>
    r.ok
      ? `refreshed ${r.url}: its pages show the change now`
      : `could not refresh ${r.url} (${r.detail}): its pages show the change within 5 s`,
  );
}
