import { createHash } from 'node:crypto';
import { COMMAND_LINE, record } from '../audit';
import { councilByGss } from '../councils';
import { slugify } from '../councils/slug';
import { withWriteRetry, type Db } from '../db';
import { readingOf } from '../domain/figure';
import { extractFacts, type ParsedFact, type ParseResult } from '../extract';
import type { Prisma } from '../generated/prisma/client';
import { parseMachineReading, sameMachineReading, type MachineReading } from '../review/reading';
import type { ArticleMeta } from '../validation/article';

/** An article to store: its text and its metadata (already checked, lib/validation/article.ts). */
export interface ArticleInput extends Partial<Omit<ArticleMeta, 'publisher'>> {
  text: string;
  publisher: string;
}

type IngestStatus = 'added' | 'unchanged' | 'updated' | 'replaced';

/** What happens to an article's stored facts when its text changes. */
interface FactChanges {
  added: number;
  /** Same span, reading and sentence: kept with any editor's decision on it. */
  kept: number;
  /** Same span, metric and year, read differently: the new reading, unchecked again. */
  reset: number;
  removed: number;
}

export interface IngestOutcome {
  key: string;
  slug: string;
  articleId: number | null;
  status: IngestStatus;
  result: ParseResult;
  facts: FactChanges;
}

export type Tx = Prisma.TransactionClient;

export interface IngestOptions {
  /** Who is adding it, for the audit log: an editor's email; the command line by default. */
  actor?: string;
  dryRun?: boolean;
  /**
   * Runs inside the article's transaction once it and its facts are written: the editor's
   * decisions are applied here, so that the article and every decision are one write.
   */
  then?: (tx: Tx, stored: { articleId: number; facts: StoredFact[] }) => Promise<void>;
}

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** An article's identity: its URL when known, else its text's hash. Never a file path. */
export const articleKey = (input: { text: string; url?: string | null }) =>
  input.url ?? `sha256:${sha256Hex(input.text)}`;

/**
 * The source page's slug: the title's (else the publisher's) words, at most 60 characters, and 8
 * hex digits of the identity's hash, so that two articles of one publisher never clash.
 */
function articleSlug(input: { title?: string | null; publisher: string }, key: string): string {
  const words = slugify(input.title || input.publisher)
    .slice(0, 60)
    .replace(/-+$/, '');
  const hash = sha256Hex(key).slice(0, 8);
  return words ? `${words}-${hash}` : `article-${hash}`;
}

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
  origin: true,
  status: true,
  version: true,
  machineReading: true,
  council: { select: { gssCode: true, name: true } },
} as const;
type StoredFact = Prisma.FactGetPayload<{ select: typeof storedFactSelect }>;

/** An article's facts in text order; ties broken by the rest of the natural key, so every database agrees. */
const storedFactOrder = [
  { start: 'asc' as const },
  { financialYear: 'asc' as const },
  { metric: 'asc' as const },
] satisfies Prisma.FactOrderByWithRelationInput[];

/** The parser's reading of a fact, as kept in `Fact.machineReading`. */
export function machineReadingOf(f: ParsedFact): MachineReading {
  return {
    scope: f.scope,
    council: f.council ? { gssCode: f.council.gssCode, name: f.council.name } : null,
    metric: f.metric,
    financialYear: f.financialYear,
    value: f.value,
    bound: f.bound,
    basis: f.basis,
    threshold: f.threshold,
  };
}

/** A fact's natural key within its article: the span it was read from, its metric and its year. */
export const naturalKey = (f: { start: number; metric: string; financialYear: number }) =>
  `${f.start}|${f.metric}|${f.financialYear}`;

/** Everything an ingest will write, worked out by reading alone: the real run and a dry run share it. */
interface Plan {
  status: IngestStatus;
  articleId: number | null;
  slug: string;
  create: ParsedFact[];
  /** Same span and reading: new offsets and sentence, decision kept. */
  keep: Array<{ id: number; fact: ParsedFact }>;
  /** Read differently: the new reading, unchecked again. */
  reset: Array<{ id: number; fact: ParsedFact }>;
  /** Editors' own facts whose sentence still stands, at their new offsets. */
  move: Array<{ id: number; start: number; end: number }>;
  remove: StoredFact[];
}

const spanText = (text: string, f: { start: number; end: number }) => text.slice(f.start, f.end);

/** Where an editor's fact now stands: its sentence found again, the figure at the same place in it. */
function relocate(oldText: string, newText: string, f: StoredFact): { start: number; end: number } | null {
  const sentenceAt = oldText.indexOf(f.quote);
  const at = newText.indexOf(f.quote);
  if (sentenceAt < 0 || at < 0 || f.start < sentenceAt) return null;
  const start = at + (f.start - sentenceAt);
  return { start, end: start + (f.end - f.start) };
}

async function plan(tx: Tx, input: ArticleInput, key: string, result: ParseResult): Promise<Plan> {
  const select = {
    id: true,
    slug: true,
    sha256: true,
    text: true,
    publishedOn: true,
    title: true,
    publisher: true,
    url: true,
  };
  // An article first stored without its address (identified by its text's hash) is the same
  // article when the same text comes with one: it takes the address as its identity.
  const existing =
    (await tx.article.findUnique({ where: { key }, select })) ??
    (input.url
      ? await tx.article.findFirst({ where: { key: `sha256:${result.article.sha256}`, url: null }, select })
      : null);
  const none = { create: [], keep: [], reset: [], move: [], remove: [] };
  if (!existing) {
    const slug = articleSlug(input, key);
    return { status: 'added', articleId: null, slug, ...none, create: result.facts };
  }
  const sameText = existing.sha256 === result.article.sha256 && existing.publishedOn === (input.published ?? null);
  if (sameText) {
    const sameMeta =
      existing.title === (input.title ?? null) &&
      existing.publisher === input.publisher &&
      existing.url === (input.url ?? null);
    return { status: sameMeta ? 'unchanged' : 'updated', articleId: existing.id, slug: existing.slug, ...none };
  }

  const stored = await tx.fact.findMany({
    where: { articleId: existing.id },
    select: storedFactSelect,
    orderBy: storedFactOrder,
  });
  const out: Plan = { status: 'replaced', articleId: existing.id, slug: existing.slug, ...none };
  const used = new Set<number>();
  const unmatched: ParsedFact[] = [];
  // First, figures that read exactly as before (span text, sentence and reading): decisions stay.
  for (const fact of result.facts) {
    const reading = machineReadingOf(fact);
    const same = stored.find((s) => {
      if (used.has(s.id) || s.origin !== 'machine') return false;
      const old = parseMachineReading(s.machineReading);
      return (
        old !== null &&
        sameMachineReading(old, reading) &&
        s.quote === fact.quote &&
        spanText(existing.text, s) === spanText(input.text, fact)
      );
    });
    if (same) {
      used.add(same.id);
      out.keep.push({ id: same.id, fact });
    } else unmatched.push(fact);
  }
  // Then figures on the same span, metric and year that now read differently: unchecked again.
  for (const fact of unmatched) {
    const old = stored.find((s) => !used.has(s.id) && s.origin === 'machine' && naturalKey(s) === naturalKey(fact));
    if (old) {
      used.add(old.id);
      out.reset.push({ id: old.id, fact });
    } else out.create.push(fact);
  }
  for (const s of stored) {
    if (used.has(s.id)) continue;
    const moved = s.origin === 'editor' ? relocate(existing.text, input.text, s) : null;
    if (moved && spanText(input.text, moved) === spanText(existing.text, s)) out.move.push({ id: s.id, ...moved });
    else out.remove.push(s);
  }
  // A new reading on a span, metric and year an editor's figure already holds (their own figure,
  // or a correction kept) is the editor's call already made: it is not added beside it.
  const byId = new Map(stored.map((s) => [s.id, s]));
  const held = new Set([
    ...out.move.map((m) => naturalKey({ ...byId.get(m.id)!, start: m.start })),
    ...out.keep.map((k) => naturalKey({ ...byId.get(k.id)!, start: k.fact.start })),
  ]);
  out.create = out.create.filter((f) => !held.has(naturalKey(f)));
  return out;
}

/** The council row of each GSS code, created from the bundled list on first use. */
export async function councilIds(tx: Tx, gssCodes: Iterable<string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const gssCode of new Set(gssCodes)) {
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

const describeStored = (f: StoredFact) => ({
  id: f.id,
  status: f.status,
  origin: f.origin,
  metric: f.metric,
  council: f.council?.name ?? null,
  financialYear: f.financialYear,
  value: f.value,
  text: f.quote,
});

async function apply(tx: Tx, input: ArticleInput, key: string, actor: string, result: ParseResult, p: Plan) {
  const changed = [...p.create, ...p.reset.map((u) => u.fact)];
  const ids = await councilIds(
    tx,
    changed.flatMap((f) => (f.council ? [f.council.gssCode] : [])),
  );
  const machineData = (f: ParsedFact) => ({
    metric: f.metric,
    scope: f.scope,
    councilId: f.council ? (ids.get(f.council.gssCode) ?? null) : null,
    financialYear: f.financialYear,
    ...readingOf(f),
    origin: 'machine',
    machineReading: JSON.stringify(machineReadingOf(f)),
    evidence: JSON.stringify(f.evidence),
  });
  const data = {
    slug: p.slug,
    sha256: result.article.sha256,
    title: input.title ?? null,
    publisher: input.publisher,
    url: input.url ?? null,
    text: input.text,
    publishedOn: input.published ?? null,
    currentFinancialYear: result.article.currentFinancialYear,
    warnings: JSON.stringify(result.warnings),
  };
  const article =
    p.articleId === null
      ? await tx.article.create({ data: { key, addedBy: actor, ...data }, select: { id: true } })
      : await tx.article.update({ where: { id: p.articleId }, data: { key, ...data }, select: { id: true } });
  if (p.remove.length) await tx.fact.deleteMany({ where: { id: { in: p.remove.map((f) => f.id) } } });
  // Facts that move are parked on negative offsets first, so no two ever share a natural key midway.
  const moving = [...p.keep.map((k) => k.id), ...p.reset.map((r) => r.id), ...p.move.map((m) => m.id)];
  for (const id of moving) await tx.fact.update({ where: { id }, data: { start: -id } });
  for (const k of p.keep) {
    const { quote, start, end } = k.fact;
    await tx.fact.update({
      where: { id: k.id },
      data: { quote, start, end, evidence: JSON.stringify(k.fact.evidence) },
    });
  }
  for (const r of p.reset) {
    await tx.fact.update({
      where: { id: r.id },
      data: {
        ...machineData(r.fact),
        status: 'unchecked',
        reason: null,
        decidedBy: null,
        decidedAt: null,
        version: { increment: 1 },
      },
    });
  }
  // An editor's fact moves with its sentence, which is unchanged (relocate found it).
  for (const m of p.move) await tx.fact.update({ where: { id: m.id }, data: { start: m.start, end: m.end } });
  if (p.create.length)
    await tx.fact.createMany({ data: p.create.map((f) => ({ articleId: article.id, ...machineData(f) })) });

  if (p.articleId === null) {
    await record(tx, {
      actor,
      action: 'article.added',
      articleId: article.id,
      detail: { key, publisher: input.publisher, facts: result.facts.length, warnings: result.warnings.length },
    });
  } else {
    await record(tx, {
      actor,
      action: 'article.reparsed',
      articleId: article.id,
      detail: {
        key,
        kept: p.keep.length + p.move.length,
        reset: p.reset.map((r) => r.id),
        added: p.create.length,
        // What the new text no longer supports, with any decision it carried: the log keeps it.
        removed: p.remove.map(describeStored),
      },
    });
  }
  return article.id;
}

function outcome(key: string, articleId: number | null, result: ParseResult, p: Plan): IngestOutcome {
  return {
    key,
    slug: p.slug,
    articleId,
    status: p.status,
    result,
    facts: {
      added: p.create.length,
      kept: p.keep.length + p.move.length,
      reset: p.reset.length,
      removed: p.remove.length,
    },
  };
}

/**
 * Parses one article, then writes it, its facts and an audit entry in one transaction: nothing of
 * an article that fails is kept. The same text again changes nothing (new metadata is saved). A
 * changed text for the same identity keeps each figure that reads as before, with any editor's
 * decision on it; a figure on the same span, metric and year that now reads differently takes the
 * new reading and is unchecked again; figures no longer read are removed (the audit entry lists
 * them). A dry run reports the same plan and writes nothing.
 */
export async function ingestArticle(db: Db, input: ArticleInput, options: IngestOptions = {}): Promise<IngestOutcome> {
  const key = articleKey(input);
  const actor = options.actor ?? COMMAND_LINE;
  const result = extractFacts(input.text, { file: key, published: input.published ?? undefined });
  if (options.dryRun) {
    const p = await plan(db, input, key, result);
    return outcome(key, p.articleId, result, p);
  }
  return withWriteRetry(db, () =>
    db.$transaction(async (tx) => {
      const p = await plan(tx, input, key, result);
      let articleId = p.articleId;
      if (p.status === 'updated') {
        const before = await tx.article.findUniqueOrThrow({
          where: { id: p.articleId! },
          select: { key: true, title: true, publisher: true, url: true },
        });
        const after = { key, title: input.title ?? null, publisher: input.publisher, url: input.url ?? null };
        await tx.article.update({ where: { id: p.articleId! }, data: after });
        await record(tx, { actor, action: 'article.updated', articleId: p.articleId, detail: { before, after } });
      } else if (p.status !== 'unchanged') {
        articleId = await apply(tx, input, key, actor, result, p);
      }
      if (options.then && articleId !== null) {
        const facts = await tx.fact.findMany({
          where: { articleId },
          select: storedFactSelect,
          orderBy: storedFactOrder,
        });
        await options.then(tx, { articleId, facts });
      }
      return outcome(key, articleId, result, p);
    }),
  );
}
