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

/**
 * "added     seeds/x.txt: 13 facts, 0 warnings"; a replaced article also says what became of its
 * stored facts. A dry run says "would be added".
 */
export function describeOutcome(o: IngestOutcome, dryRun = false): string {
  const { facts, warnings } = o.result;
  const verb = dryRun ? `would be ${o.status}` : o.status;
  const c = o.facts;
  const changes =
    o.status === 'replaced'
      ? ` (${c.added} added, ${c.updated} updated, ${c.removed} removed, ${c.unchanged} unchanged)`
      : '';
  return `${verb.padEnd(9)} ${o.file}: ${facts.length} facts${changes}, ${warnings.length} warnings`;
}
