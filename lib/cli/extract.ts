/**
 * npm run extract -- FILE [--json] [--published YYYY-MM-DD]
 * Prints the facts the parser finds in one article: a table, or with --json exactly the
 * fact-record contract (README, "The parser CLI") on stdout and nothing else.
 */
import { parseArgs } from 'node:util';
import { formatFinancialYear } from '../domain/financial-year';
import { extractFacts, type ParseResult } from '../extract';
import { toContract } from '../extract/contract';
import type { Evidence } from '../extract/schema';
import { formatBounded, formatMoney, formatValue } from '../format';
import { readArticleFile } from '../ingest/read-article';
import { extractArgs } from '../validation/cli';
import { exitQuietlyOnClosedPipe } from './closed-pipe';

exitQuietlyOnClosedPipe();

const USAGE = 'usage: npm run extract -- FILE [--json] [--published YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`extract: ${message}\n${USAGE}`);
  process.exit(2);
}

function evidenceLine(e: Evidence): string {
  const at = (m: Evidence['council']) => (m ? `"${m.text}" at ${m.start}-${m.end}` : 'none');
  return `${e.rules.join(', ')}; council ${at(e.council)}; year ${at(e.year)}`;
}

function table(result: ParseResult): string {
  const rows = result.facts.map((f, i) => [
    String(i + 1),
    f.metric + (f.basis ? ` (${f.basis})` : ''),
    f.council?.name ?? 'England',
    formatFinancialYear(f.financialYear),
    formatBounded(formatValue(f.metric, f.value), f.bound) + (f.threshold ? ` over ${formatMoney(f.threshold)}` : ''),
    `${f.start}-${f.end}`,
  ]);
  const head = ['#', 'metric', 'council', 'year', 'value', 'offsets'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const year = result.article.currentFinancialYear;
  const out = [
    `${result.article.file}  current financial year: ${year === null ? 'unknown' : formatFinancialYear(year)}`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'why each fact was read so (rules that fired; the council and year mentions it was tied to):',
    ...result.facts.map((f, i) => `  ${i + 1}. ${evidenceLine(f.evidence)}`),
    '',
    `${result.facts.length} facts, ${result.warnings.length} warnings`,
    ...result.warnings.map((w) => `warning (${w.code}, rule ${w.rule}) at ${w.start}-${w.end}: ${w.message}`),
  ];
  return out.join('\n');
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, published: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.positionals.length > 1) fail('name one article file');
const args = extractArgs.safeParse({ file: parsed.positionals[0], ...parsed.values });
if (!args.success) {
  fail(
    args.error.issues.map((i) => (i.path[0] === 'file' ? i.message : `--${i.path.join('.')} ${i.message}`)).join('; '),
  );
}

try {
  const article = await readArticleFile(args.data.file);
  const result = extractFacts(article.text, { file: article.file, published: args.data.published });
  process.stdout.write(args.data.json ? `${JSON.stringify(toContract(result), null, 2)}\n` : `${table(result)}\n`);
} catch (error) {
  console.error(`extract: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
