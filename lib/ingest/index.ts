import path from 'node:path';
import { councilByGss } from '../councils';
import { slugify } from '../councils/slug';
import { withWriteRetry, type Db } from '../db';
import { readingOf } from '../domain/figure';
import { extractFacts, type ParsedFact, type ParseResult } from '../extract';
import type { Prisma } from '../generated/prisma/client';

export interface ArticleInput {
  /** The article's identity: its path relative to the project root. */
  file: string;
  text: string;
  /** YYYY-MM-DD. */
  published?: string;
}

type IngestStatus = 'added' | 'unchanged' | 'replaced';

/** What happens to an article's stored facts: each fact is matched on its natural key. */
interface FactChanges {
  added: number;
  /** Same span, metric and year, with a different reading (council, value, bound, ...). */
  updated: number;
  removed: number;
  unchanged: number;
}

export interface IngestOutcome {
  file: string;
  slug: string;
  status: IngestStatus;
  result: ParseResult;
  facts: FactChanges;
}

type Tx = Prisma.TransactionClient;

/** A fact's natural key within its article: the span it was read from, its metric and its year. */
const naturalKey = (f: { start: number; metric: string; financialYear: number }) =>
  `${f.start}|${f.metric}|${f.financialYear}`;

const storedFactSelect = {
  id: true,
  metric: true,
  scope: true,
  financialYear: true,
  value: true,
  bound: true,
  basis: true,
  threshold: true,
  quote: true,
  start: true,
  end: true,
  council: { select: { gssCode: true } },
} as const;
type StoredFact = Prisma.FactGetPayload<{ select: typeof storedFactSelect }>;

function sameReading(stored: StoredFact, f: ParsedFact): boolean {
  return (
    stored.scope === f.scope &&
    (stored.council?.gssCode ?? null) === (f.council?.gssCode ?? null) &&
    JSON.stringify(readingOf(stored)) === JSON.stringify(readingOf(f))
  );
}

/** Everything an ingest will write, worked out by reading alone: the real run and a dry run share it. */
interface Plan {
  status: IngestStatus;
  articleId: number | null;
  slug: string;
  create: ParsedFact[];
  update: Array<{ id: number; fact: ParsedFact }>;
  remove: number[];
}

async function plan(tx: Tx, input: ArticleInput, result: ParseResult): Promise<Plan> {
  const { sha256 } = result.article;
  const existing = await tx.article.findUnique({
    where: { file: input.file },
    select: { id: true, slug: true, sha256: true, publishedOn: true },
  });
  const none = { create: [], update: [], remove: [] };
  if (existing && existing.sha256 === sha256 && existing.publishedOn === (input.published ?? null)) {
    return { status: 'unchanged', articleId: existing.id, slug: existing.slug, ...none };
  }
  if (!existing) {
    let slug = articleSlug(input.file, sha256);
    if (await tx.article.findUnique({ where: { slug }, select: { id: true } })) slug = `${slug}-${sha256.slice(0, 8)}`;
    return { status: 'added', articleId: null, slug, ...none, create: result.facts };
  }

  const stored = await tx.fact.findMany({ where: { articleId: existing.id }, select: storedFactSelect });
  const byKey = new Map(stored.map((f) => [naturalKey(f), f]));
  const matched = new Set<number>();
  const out: Plan = {
    status: 'replaced',
    articleId: existing.id,
    slug: existing.slug,
    create: [],
    update: [],
    remove: [],
  };
  for (const fact of result.facts) {
    const old = byKey.get(naturalKey(fact));
    if (!old) {
      out.create.push(fact);
      continue;
    }
    matched.add(old.id);
    if (!sameReading(old, fact)) out.update.push({ id: old.id, fact });
  }
  out.remove = stored.filter((f) => !matched.has(f.id)).map((f) => f.id);
  return out;
}

/**
 * The source page's slug, from the file name: at most 80 characters (with the hash a clash adds,
 * within the 100 an address allows), and the text's hash when the name has no letters or digits.
 */
function articleSlug(file: string, sha256: string): string {
  const slug = slugify(path.basename(file).replace(/\.[^.]+$/, ''))
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || `article-${sha256.slice(0, 8)}`;
}

/** The headline: the first line, if it reads like one. */
function titleOf(text: string, file: string): string {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  return first && first.length <= 200 ? first : path.basename(file);
}

/** The council row of each GSS code the facts name, created from the bundled list on first use. */
async function councilIds(tx: Tx, facts: ParsedFact[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const gssCode of new Set(facts.flatMap((f) => (f.council ? [f.council.gssCode] : [])))) {
    const record = councilByGss(gssCode);
    if (!record) throw new Error(`no council in the list has the GSS code ${gssCode}`);
    const { slug, name, officialName, type, region } = record;
    const row = await tx.council.upsert({
      where: { gssCode },
      create: { gssCode, slug, name, officialName, type, region },
      update: {},
      select: { id: true },
    });
    ids.set(gssCode, row.id);
  }
  return ids;
}

async function apply(tx: Tx, input: ArticleInput, result: ParseResult, p: Plan) {
  const ids = await councilIds(tx, [...p.create, ...p.update.map((u) => u.fact)]);
  const factData = (f: ParsedFact) => ({
    metric: f.metric,
    scope: f.scope,
    councilId: f.council ? (ids.get(f.council.gssCode) ?? null) : null,
    financialYear: f.financialYear,
    ...readingOf(f),
  });
  const data = {
    slug: p.slug,
    sha256: result.article.sha256,
    title: titleOf(input.text, input.file),
    text: input.text,
    publishedOn: input.published ?? null,
    currentFinancialYear: result.article.currentFinancialYear,
    warnings: JSON.stringify(result.warnings),
  };
  const article =
    p.articleId === null
      ? await tx.article.create({ data: { file: input.file, ...data }, select: { id: true } })
      : await tx.article.update({ where: { id: p.articleId }, data, select: { id: true } });
  if (p.remove.length) await tx.fact.deleteMany({ where: { id: { in: p.remove } } });
  for (const u of p.update) await tx.fact.update({ where: { id: u.id }, data: factData(u.fact) });
  if (p.create.length) {
    await tx.fact.createMany({ data: p.create.map((f) => ({ articleId: article.id, ...factData(f) })) });
  }
}

function outcome(input: ArticleInput, result: ParseResult, p: Plan): IngestOutcome {
  const changed = p.create.length + p.update.length;
  return {
    file: input.file,
    slug: p.slug,
    status: p.status,
    result,
    facts: {
      added: p.create.length,
      updated: p.update.length,
      removed: p.remove.length,
      unchanged: result.facts.length - changed,
    },
  };
}

/**
 * Parses one article, then writes it and its facts in one transaction: nothing of an article
 * that fails is kept. The same text again changes nothing. A changed text for the same file
 * updates its facts in place, matched on their natural key (span, metric, year), so a fact that
 * reads the same keeps its row and whatever is attached to it; facts no longer read are removed.
 * A dry run reports the same plan and writes nothing.
 */
export async function ingestArticle(
  db: Db,
  input: ArticleInput,
  options: { dryRun?: boolean } = {},
): Promise<IngestOutcome> {
  const result = extractFacts(input.text, { file: input.file, published: input.published });
  if (options.dryRun) return outcome(input, result, await plan(db, input, result));
  return withWriteRetry(() =>
    db.$transaction(async (tx) => {
      const p = await plan(tx, input, result);
      if (p.status !== 'unchanged') await apply(tx, input, result, p);
      return outcome(input, result, p);
    }),
  );
}
