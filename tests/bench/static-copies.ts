/**
 * Each HTTP target's same-size static copy: the page's own bytes, fetched once, written under
 * public/__bench/ and served by the same `next start` as the page, so that the page is compared
 * with the cheapest answer this server gives for as many bytes.
 *
 * Next's production server lists public/ once, as it starts: with Next 16.4 a file written after
 * `next start` answers 404 until the server is restarted, and one written after `next build` but
 * before the start is served (200, the same bytes). So the pages are read from one server and
 * their copies served by the next one. The copies are removed afterwards, also when the
 * benchmark fails or is interrupted; the repository has no public/ of its own.
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { failed, retry, type Outcome } from './attempts';

const PUBLIC_DIR = path.resolve('public');
const COPIES = '__bench';

interface FetchedPage {
  body: Buffer;
  contentType: string;
}

export interface StaticCopy {
  /** Its address on the server: /__bench/... */
  url: string;
  file: string;
  bytes: number;
}

// autocannon asks for no encoding, so the pages are read, and their copies checked, uncompressed.
const IDENTITY = { headers: { 'accept-encoding': 'identity' } };

/** A page's bytes as the benchmark's client gets them; throws unless it answers 200. */
async function fetchPage(base: string, page: string): Promise<FetchedPage> {
  const res = await fetch(`${base}${page}`, IDENTITY);
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${page} answered ${res.status}`);
  return { body, contentType: res.headers.get('content-type') ?? '' };
}

/**
 * Where a page's copy is served: /__bench/1-councils-welwyn-hatfield.html (.json for JSON and .csv
 * for CSV, served as such).
 */
export function copyUrl(index: number, page: string, contentType: string): string {
  const name = page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index';
  const extension = contentType.includes('json') ? 'json' : contentType.includes('csv') ? 'csv' : 'html';
  return `/${COPIES}/${index}-${name}.${extension}`;
}

/**
 * Reads each page from the server at `base` and writes its copy under `publicDir`. A page that
 * cannot be read has no copy, and its outcome says why.
 */
export async function writeCopies(
  base: string,
  pages: string[],
  publicDir = PUBLIC_DIR,
): Promise<Record<string, Outcome<StaticCopy>>> {
  const out: Record<string, Outcome<StaticCopy>> = {};
  for (const [i, page] of pages.entries()) {
    const fetched = await retry(() => fetchPage(base, page));
    if (!fetched.ok) {
      out[page] = failed(`reading the page for its copy: ${fetched.reason}`);
      continue;
    }
    const url = copyUrl(i, page, fetched.value.contentType);
    const file = path.join(publicDir, url);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, fetched.value.body);
    out[page] = { ok: true, value: { url, file, bytes: fetched.value.body.length }, failures: [] };
  }
  return out;
}

/** Throws unless the server answers the copy with 200 and exactly the page's bytes. */
export async function checkServed(base: string, copy: StaticCopy): Promise<void> {
  const res = await fetch(`${base}${copy.url}`, IDENTITY);
  const bytes = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200) throw new Error(`the static copy ${copy.url} answered ${res.status}`);
  if (bytes !== copy.bytes) throw new Error(`the static copy ${copy.url} is ${bytes} bytes, the page ${copy.bytes}`);
}

/** Removes the copies, and public/ itself when they were all it held. */
export function removeCopies(publicDir = PUBLIC_DIR) {
  rmSync(path.join(publicDir, COPIES), { recursive: true, force: true });
  if (existsSync(publicDir) && readdirSync(publicDir).length === 0) rmdirSync(publicDir);
}

/** Removes the copies however the process ends: normally, on an error, or on Ctrl-C or a kill. */
export function removeCopiesOnExit(publicDir = PUBLIC_DIR) {
  process.once('exit', () => removeCopies(publicDir));
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => process.exit(code));
  }
}
