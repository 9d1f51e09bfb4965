import path from 'node:path';
import { councilByName } from '../councils';
import { slugify } from '../councils/slug';
import type { Db } from '../db';
import { extractFacts, type ExtractResult } from '../extract';
import { financialYearStart } from '../format';

export interface ArticleInput {
  /** The article's identity: its path relative to the project root. */
  file: string;
  text: string;
  /** YYYY-MM-DD. */
  published?: string;
}

export type IngestStatus = 'added' | 'unchanged' | 'replaced';

export interface IngestOutcome {
  file: string;
  slug: string;
  status: IngestStatus;
  result: ExtractResult;
}

/** The headline: the first line, if it reads like one. */
function titleOf(text: string, file: string): string {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  return first && first.length <= 200 ? first : path.basename(file);
}

/**
 * Parses one article, then writes it and its facts in one transaction: nothing of an
 * article that fails is kept. The same text again changes nothing; a changed text for the
 * same file replaces that article's facts.
 */
export async function ingestArticle(
  db: Db,
  input: ArticleInput,
  options: { dryRun?: boolean } = {},
): Promise<IngestOutcome> {
  const result = extractFacts(input.text, { file: input.file, published: input.published });
  const { sha256 } = result.article;
  const published = input.published ?? null;
  if (options.dryRun) return planIngest(db, input, result);

  return withBusyRetry(() =>
    db.$transaction(async (tx) => {
      const existing = await tx.article.findUnique({ where: { file: input.file } });
      if (existing && existing.sha256 === sha256 && existing.publishedOn === published) {
        return { file: input.file, slug: existing.slug, status: 'unchanged' as const, result };
      }

      let slug = existing?.slug ?? slugify(path.basename(input.file).replace(/\.[^.]+$/, ''));
      if (!existing && (await tx.article.findUnique({ where: { slug } }))) slug = `${slug}-${sha256.slice(0, 8)}`;

      // The council row each fact points at, created from the bundled list on first use.
      const councilIds: Array<number | null> = [];
      for (const fact of result.facts) {
        const record = fact.council ? councilByName(fact.council, financialYearStart(fact.financialYear)) : undefined;
        if (fact.council && !record) throw new Error(`${input.file}: "${fact.council}" is not in the council list`);
        if (!record) {
          councilIds.push(null);
          continue;
        }
        const { gssCode, slug: councilSlug, name, officialName, type, region } = record;
        const row = await tx.council.upsert({
          where: { gssCode },
          create: { gssCode, slug: councilSlug, name, officialName, type, region },
          update: {},
          select: { id: true },
        });
        councilIds.push(row.id);
      }

      const data = {
        slug,
        sha256,
        title: titleOf(input.text, input.file),
        text: input.text,
        publishedOn: published,
        currentFinancialYear: result.article.currentFinancialYear
          ? financialYearStart(result.article.currentFinancialYear)
          : null,
        warnings: JSON.stringify(result.warnings),
      };
      const article = existing
        ? await tx.article.update({ where: { id: existing.id }, data })
        : await tx.article.create({ data: { file: input.file, ...data } });
      if (existing) await tx.fact.deleteMany({ where: { articleId: article.id } });

      await tx.fact.createMany({
        data: result.facts.map((f, i) => ({
          articleId: article.id,
          metric: f.metric,
          scope: f.scope,
          councilId: councilIds[i] ?? null,
          financialYear: financialYearStart(f.financialYear),
          value: f.value,
          bound: f.bound,
          basis: f.basis,
          threshold: f.threshold,
          quote: f.quote,
          start: f.start,
          end: f.end,
        })),
      });
      return { file: input.file, slug, status: existing ? ('replaced' as const) : ('added' as const), result };
    }),
  );
}

/** SQLite's "busy": the driver adapter reports it as P1008 (SocketTimeout) with no message. */
function isBusy(error: unknown): boolean {
  const e = error as { code?: string; message?: string; meta?: unknown } | null;
  return (
    e?.code === 'P1008' ||
    /SQLITE_BUSY|database is locked|SocketTimeout/i.test(`${e?.message ?? ''} ${JSON.stringify(e?.meta ?? '')}`)
  );
}

/**
 * Another process writing the same SQLite file makes a transaction that read first fail with
 * SQLITE_BUSY at once (the busy timeout cannot help a reader that must upgrade). The whole
 * transaction is safe to run again, so it is, after a short random wait.
 */
async function withBusyRetry<T>(run: () => Promise<T>, attempts = 10): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (error) {
      if (!isBusy(error) || i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 20 * i + Math.random() * 50 * i));
    }
  }
}

/** What ingestArticle would do, writing nothing. */
async function planIngest(db: Db, input: ArticleInput, result: ExtractResult): Promise<IngestOutcome> {
  const existing = await db.article.findUnique({
    where: { file: input.file },
    select: { slug: true, sha256: true, publishedOn: true },
  });
  const same =
    existing && existing.sha256 === result.article.sha256 && existing.publishedOn === (input.published ?? null);
  const slug = existing?.slug ?? slugify(path.basename(input.file).replace(/\.[^.]+$/, ''));
  return { file: input.file, slug, status: same ? 'unchanged' : existing ? 'replaced' : 'added', result };
}
