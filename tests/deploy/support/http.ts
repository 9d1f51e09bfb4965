/**
 * A plain HTTP client for the nginx tests: node:http, so that nothing is decompressed, added or
 * merged behind the test's back (fetch would ask for gzip and unpack it). Headers are kept raw,
 * so a test can see a header that was sent twice.
 */
import http from 'node:http';

export type Answer = {
  status: number;
  /** Lower-cased name to every value sent under it. */
  headers: Map<string, string[]>;
  body: Buffer;
  text: string;
  ms: number;
};

export type Ask = { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent };

/** No keep-alive by default: each request on a connection of its own, as separate clients. */
const fresh = new http.Agent({ keepAlive: false });

export function request(url: string, ask: Ask = {}): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: ask.method ?? 'GET', headers: ask.headers, agent: ask.agent ?? fresh });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const headers = new Map<string, string[]>();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          const name = (res.rawHeaders[i] ?? '').toLowerCase();
          headers.set(name, [...(headers.get(name) ?? []), res.rawHeaders[i + 1] ?? '']);
        }
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers,
          body,
          text: body.toString('utf8'),
          ms: performance.now() - started,
        });
      });
    });
    req.on('error', reject);
    req.end(ask.body);
  });
}

/** The one value of a header, or undefined; a header sent twice is an error worth seeing. */
export function header(answer: Answer, name: string): string | undefined {
  const values = answer.headers.get(name.toLowerCase());
  if (values && values.length > 1) throw new Error(`${name} sent ${values.length} times: ${values.join(' | ')}`);
  return values?.[0];
}

/** The stub's JSON body: which stub answered, and its count for the path then. */
export function stubBody(answer: Answer): { id: string; count: number; path: string } {
  return JSON.parse(answer.text) as { id: string; count: number; path: string };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
