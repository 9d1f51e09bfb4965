import { gzipSync } from 'node:zlib';

async function get(url: string | URL): Promise<Response> {
  const res = await fetch(url);
  const { pathname, search } = new URL(url);
  if (!res.ok) throw new Error(`${pathname}${search} answered ${res.status}`);
  return res;
}

/** First-load JavaScript of a page: every script its HTML loads, gzipped, in KB. Throws if any answers non-2xx. */
export async function firstLoadJs(
  base: string,
  path: string,
): Promise<{ path: string; scripts: number; gzipKb: number }> {
  const html = await (await get(`${base}${path}`)).text();
  const srcs = [...new Set(Array.from(html.matchAll(/<script[^>]+src="([^"]+)"/g), (m) => m[1] ?? ''))].filter(Boolean);
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await get(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { path, scripts: srcs.length, gzipKb: Math.round((bytes / 1024) * 10) / 10 };
}
