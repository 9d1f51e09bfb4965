/**
 * Rebuilds lib/councils/england.json from mySociety's uk_local_authorities.csv.
 * A maintainer's tool, run by hand when the list changes; the app only reads the JSON.
 *   npm run councils:import -- ../shared/data/local-authorities/uk_local_authorities.csv
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { slugify } from './slug';
import { councilRecordSchema, councilTypes, type CouncilRecord } from './types';

const OUT = new URL('./england.json', import.meta.url);
const ELSEWHERE = new URL('./elsewhere.json', import.meta.url);

const { positionals } = parseArgs({ allowPositionals: true });
const [csvPath] = z.tuple([z.string().min(1)]).parse(positionals);

const covered = new Set<string>(councilTypes);
// A row per council, keyed by the header row (csv-parse reads RFC 4180: quoted fields, doubled quotes).
const table: Array<Record<string, string>> = parse(readFileSync(csvPath, 'utf8'), {
  columns: true,
  skip_empty_lines: true,
});
const rows = table.filter((r) => r['nation'] === 'England' && covered.has(r['local-authority-type'] ?? ''));

const records: CouncilRecord[] = rows.map((r) =>
  councilRecordSchema.parse({
    gssCode: r['gss-code'],
    slug: slugify(r['nice-name'] ?? ''),
    name: r['nice-name'],
    officialName: r['official-name'],
    type: r['local-authority-type'],
    region: r['region'] ?? '',
    altNames: [...new Set((r['alt-names'] ?? '').split(',').map((s) => s.trim()))].filter(Boolean),
    startDate: r['start-date'] || null,
    endDate: r['end-date'] || null,
    population: r['pop-2020'] ? Math.round(Number(r['pop-2020'])) : null,
  }),
);

// Two rows share a common name where a county was replaced by a unitary of the same name
// (North Yorkshire, Somerset): the council that still exists keeps the plain slug.
const slugCounts = new Map<string, number>();
for (const r of records) slugCounts.set(r.slug, (slugCounts.get(r.slug) ?? 0) + 1);
for (const r of records) {
  if (r.endDate && (slugCounts.get(r.slug) ?? 0) > 1) {
    r.slug = `${r.slug}-${r.type.toLowerCase()}-to-${r.endDate.slice(0, 4)}`;
  }
}
const slugs = new Set(records.map((r) => r.slug));
if (slugs.size !== records.length) throw new Error('council slugs are not unique');

records.sort((a, b) => a.slug.localeCompare(b.slug));
writeFileSync(OUT, `${JSON.stringify(records, null, 1)}\n`);
console.log(`wrote ${records.length} councils to ${OUT.pathname}`);

// Councils of Scotland, Wales and Northern Ireland, by name only: the parser must know a figure
// for Fife or Swansea is not an English council's, rather than give it to the story's council.
const elsewhere = [
  ...new Set(
    table
      .filter((r) => r['nation'] !== 'England' && r['nice-name'])
      .flatMap((r) => [r['nice-name'] ?? '', ...(r['alt-names'] ?? '').split(',')])
      .map((s) => s.trim())
      .filter((s) => /^\p{Lu}/u.test(s)),
  ),
].sort();
writeFileSync(ELSEWHERE, `${JSON.stringify(elsewhere, null, 1)}\n`);
console.log(`wrote ${elsewhere.length} names of councils outside England to ${ELSEWHERE.pathname}`);
