import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db';
import { ingestArticle, type IngestOutcome } from '.';
import { readArticleFile } from './read-article';

/** Ingests every .txt article in `folder`, in name order, one transaction each. */
export async function ingestFolder(db: Db, folder: string): Promise<IngestOutcome[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.txt')).sort();
  const outcomes: IngestOutcome[] = [];
  for (const name of names) {
    const article = await readArticleFile(path.join(folder, name));
    outcomes.push(await ingestArticle(db, article));
  }
  return outcomes;
}

/** "added seeds/x.txt: 13 facts, 0 warnings". */
export function describeOutcome(o: IngestOutcome): string {
  const { facts, warnings } = o.result;
  return `${o.status.padEnd(9)} ${o.file}: ${facts.length} facts, ${warnings.length} warnings`;
}
