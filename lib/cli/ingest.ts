/**
 * npm run ingest -- FILE... [--publisher P] [--title T] [--url U] [--published YYYY-MM-DD]
 *                           [--dry-run] [--json]
 * Adds articles beyond seeds/: per file, the facts found, what changed in the store
 * (added / unchanged / updated / replaced) and the warnings. Each file's metadata comes from the
 * flags, else from a sidecar FILE.json beside it (as seeds/ has); a publisher is required. An
 * article's identity is its URL, else its text's hash, never the path typed here: --url and
 * --title name one article, so they take one file. One transaction per article, with its entry in
 * the audit log (actor "command line"); a file that fails writes nothing and does not stop the
 * others. Exit 1 when any file failed. After a change, the app servers named in REVALIDATE_URLS
 * (with REVALIDATE_SECRET) are asked to refresh their pages; one that cannot be reached is
 * reported, and shows the change within its 5 s window.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createDb, isMigrated, prepareForWrites } from '../db';
import { describeStoreError, isStoreUnavailable } from '../db/errors';
import { redactUrl } from '../db/url';
import { databaseUrl, readRevalidateTargets } from '../env';
import { askServersToRefresh, describeRefresh, type RefreshTargets } from '../cache/notify';
import { contractFact } from '../extract/contract';
import { formatFact } from '../format';
import { ingestArticle, type IngestOutcome } from '../ingest';
import { ArticleFileError, readArticleFile } from '../ingest/read-article';
import { describeOutcome, readSidecar } from '../ingest/seed-folder';
import { articleMetaSchema } from '../validation/article';
import { exitQuietlyOnClosedPipe } from './closed-pipe';

exitQuietlyOnClosedPipe();

const USAGE =
  'usage: npm run ingest -- FILE... [--publisher P] [--title T] [--url U] [--published YYYY-MM-DD] [--dry-run] [--json]';

const argsSchema = z
  .object({
    files: z.array(z.string().min(1)).min(1, 'name at least one article file'),
    publisher: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    published: z.string().optional(),
    'dry-run': z.boolean().default(false),
    json: z.boolean().default(false),
  })
  .refine((a) => a.files.length === 1 || (a.url === undefined && a.title === undefined), {
    message: '--url and --title describe one article: give one file with them',
  });

function usageError(message: string): never {
  console.error(`ingest: ${message}\n${USAGE}`);
  process.exit(2);
}

type FileReport = { file: string; ok: true; outcome: IngestOutcome } | { file: string; ok: false; error: string };

function describe(r: FileReport, dryRun: boolean): string {
  if (!r.ok) return `FAILED    ${r.file}: ${r.error}`;
  const { result } = r.outcome;
  const lines = [describeOutcome(r.outcome, dryRun, r.file)];
  for (const f of result.facts) lines.push(`  ${formatFact(f, f.council?.name ?? 'England')}`);
  for (const w of result.warnings) lines.push(`  warning (${w.code}) at ${w.start}-${w.end}: ${w.message}`);
  return lines.join('\n');
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      publisher: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const args = argsSchema.safeParse({ files: parsed.positionals, ...parsed.values });
if (!args.success) {
  usageError(
    args.error.issues
      .map((i) =>
        i.path[0] === undefined || i.path[0] === 'files' ? i.message : `--${String(i.path[0])} ${i.message}`,
      )
      .join('; '),
  );
}
const { files, json } = args.data;
const flags = Object.fromEntries(
  (['publisher', 'title', 'url', 'published'] as const).flatMap((k) =>
    args.data[k] === undefined ? [] : [[k, args.data[k]]],
  ),
);
// The flags are checked now, so that a bad one stops the run before anything is read.
const flagCheck = articleMetaSchema.partial({ publisher: true }).safeParse(flags);
if (!flagCheck.success) {
  usageError(flagCheck.error.issues.map((i) => `--${String(i.path[0])} ${i.message}`).join('; '));
}
const dryRun = args.data['dry-run'];

let url: string;
let refreshTargets: RefreshTargets;
try {
  url = databaseUrl();
  refreshTargets = readRevalidateTargets();
} catch (error) {
  console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const db = createDb(url);
try {
  if (!(await isMigrated(db))) {
    console.error(`ingest: the store ${redactUrl(url)} has no tables yet; run npm run db:migrate (or npm start) first`);
    await db.$disconnect();
    process.exit(1);
  }
  if (!dryRun) await prepareForWrites(db);
} catch (error) {
  console.error(`ingest: ${describeStoreError(error, url)}; nothing was written`);
  await db.$disconnect().catch(() => {});
  process.exit(1);
}

const reports: FileReport[] = [];
for (const file of files) {
  try {
    const article = await readArticleFile(file);
    const meta = articleMetaSchema.safeParse({ ...(await readSidecar(file)), ...flags });
    if (!meta.success) {
      throw new Error(
        meta.error.issues
          .map((i) => (i.path[0] === 'publisher' ? 'no publisher: give --publisher or a sidecar FILE.json' : i.message))
          .join('; '),
      );
    }
    const outcome = await ingestArticle(db, { text: article.text, ...meta.data }, { dryRun });
    reports.push({ file: article.file, ok: true, outcome });
  } catch (error) {
    if (isStoreUnavailable(error)) {
      reports.push({ file, ok: false, error: `${describeStoreError(error, url)}; nothing of it was written` });
      continue;
    }
    const e = error as { message?: string; code?: string };
    // A file's own errors name it (ArticleFileError: by its path from here); the report names it once.
    const named = error instanceof ArticleFileError ? `${error.file}: ` : `${file}: `;
    const message = e.message?.replace(named, '').trim() || `database error ${e.code ?? String(error)}`;
    reports.push({ file, ok: false, error: message });
  }
}
await db.$disconnect().catch(() => {});

// The app servers named in REVALIDATE_URLS show what changed at once, not within their 5 s window.
const changed = !dryRun && reports.some((r) => r.ok && r.outcome.status !== 'unchanged');
const refreshed = changed ? describeRefresh(await askServersToRefresh(refreshTargets)) : [];

if (json) {
  const out = reports.map((r) =>
    r.ok
      ? {
          file: r.file,
          status: r.outcome.status,
          dryRun,
          key: r.outcome.key,
          slug: r.outcome.slug,
          factChanges: r.outcome.facts,
          facts: r.outcome.result.facts.map(contractFact),
          warnings: r.outcome.result.warnings,
        }
      : { file: r.file, status: 'failed', dryRun, error: r.error },
  );
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  // Beside the JSON, not in it: the report's shape stays the same with or without servers to refresh.
  for (const line of refreshed) console.error(line);
} else {
  for (const r of reports) console.log(describe(r, dryRun));
  const failed = reports.filter((r) => !r.ok).length;
  const done = dryRun ? 'checked (dry run: nothing written)' : 'ingested';
  console.log(
    `${reports.length - failed} of ${reports.length} article(s) ${done}${failed ? `; ${failed} failed` : ''}`,
  );
  for (const line of refreshed) console.log(line);
}
process.exitCode = reports.some((r) => !r.ok) ? 1 : 0;
