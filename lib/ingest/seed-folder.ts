import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db';
import { articleMetaSchema, type ArticleMeta } from '../validation/article';
import { ingestArticle, type IngestOutcome } from '.';
import { readArticleFile } from './read-article';

/**
 * An article file's metadata from its sidecar: `x.json` beside `x.txt` (the text's bytes never
 * change to carry it). Null when there is none; an error naming the file when it is malformed.
 */
export async function readSidecar(textFile: string): Promise<ArticleMeta | null> {
  const file = textFile.replace(/\.[^./]+$/, '') + '.json';
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file}: cannot be read (${(e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`${file}: is not valid JSON`);
  }
  const meta = articleMetaSchema.safeParse(json);
  if (!meta.success) throw new Error(`${file}: ${meta.error.issues.map((i) => i.message).join('; ')}`);
  return meta.data;
}

/** Ingests every .txt article in `folder`, in name order, one transaction each; each needs a sidecar. */
export async function ingestFolder(db: Db, folder: string): Promise<IngestOutcome[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.txt')).sort();
  const outcomes: IngestOutcome[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const meta = await readSidecar(file);
    if (!meta) throw new Error(`${file}: has no metadata file beside it (${name.replace(/\.txt$/, '.json')})`);
    const { text } = await readArticleFile(file);
    outcomes.push(await ingestArticle(db, { text, ...meta }));
  }
  return outcomes;
}

/**
 * "added     https://www.whtimes.co.uk/…: 13 facts, 0 warnings" (the label defaults to the
 * article's identity); a replaced article also
 * says what became of its stored facts. A dry run says "would be added".
 */
export function describeOutcome(o: IngestOutcome, dryRun = false, label: string = o.key): string {
  const { facts, warnings } = o.result;
  const verb = dryRun ? `would be ${o.status}` : o.status;
  const c = o.facts;
  const changes =
    o.status === 'replaced'
      ? ` (${c.added} added, ${c.kept} kept with their decisions, ${c.reset} read differently and unchecked again, ${c.removed} removed)`
      : '';
  return `${verb.padEnd(9)} ${label}: ${facts.length} facts${changes}, ${warnings.length} warnings`;
}
