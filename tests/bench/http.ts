import autocannon from 'autocannon';

export interface HttpResult {
  url: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function once(url: string, seconds: number, connections: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, pipelining: 1 }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

/** A warm-up (unless `warm` is false), then a measured run: 32 connections for `seconds` (10 by default). */
export async function measure(url: string, seconds = 10, { connections = 32, warm = true } = {}): Promise<HttpResult> {
  if (warm) await once(url, 2, connections);
  const r = await once(url, seconds, connections);
  return {
    url,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}
