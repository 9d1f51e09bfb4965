import 'server-only';
import type { Db } from '../db';
import { db } from '../db/client';
import { parseStoredWarnings, type StoredWarning } from '../validation/stored-json';
import { fromStored, type ReviewFact } from '../review/view';

/**
 * The editors' reads: the review queue and one article to review. Editor pages render per request
 * (they read the session), so these are never cached.
 */

export interface QueueRow {
  id: number;
  slug: string;
  title: string | null;
  publisher: string;
  addedAt: Date;
  addedBy: string;
  unchecked: number;
  facts: number;
  warnings: number;
}

/**
 * Articles with unchecked facts or parser warnings, oldest first, with counts. With a council,
 * only articles with unchecked facts about it.
 */
export async function reviewQueue(councilSlug?: string, client: Db = db): Promise<QueueRow[]> {
  const where = councilSlug
    ? { facts: { some: { status: 'unchecked', council: { slug: councilSlug } } } }
    : { OR: [{ facts: { some: { status: 'unchecked' } } }, { NOT: { warnings: '[]' } }] };
  const articles = await client.article.findMany({
    where,
    orderBy: [{ addedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      addedAt: true,
      addedBy: true,
      warnings: true,
      _count: { select: { facts: true } },
    },
  });
  const unchecked = await client.fact.groupBy({
    by: ['articleId'],
    where: { status: 'unchecked', articleId: { in: articles.map((a) => a.id) } },
    _count: { _all: true },
  });
  const byArticle = new Map(unchecked.map((u) => [u.articleId, u._count._all]));
  return articles.map((a) => ({
    id: a.id,
    slug: a.slug,
    title: a.title,
    publisher: a.publisher,
    addedAt: a.addedAt,
    addedBy: a.addedBy,
    unchecked: byArticle.get(a.id) ?? 0,
    facts: a._count.facts,
    warnings: parseStoredWarnings(a.warnings).length,
  }));
}

export interface ArticleForReview {
  id: number;
  slug: string;
  title: string | null;
  publisher: string;
  url: string | null;
  publishedOn: string | null;
  addedAt: Date;
  addedBy: string;
  text: string;
  facts: ReviewFact[];
  warnings: StoredWarning[];
}

export async function articleForReview(id: number, client: Db = db): Promise<ArticleForReview | null> {
  const a = await client.article.findUnique({
    where: { id },
    include: {
      facts: {
        orderBy: [{ start: 'asc' }, { financialYear: 'asc' }],
        include: { council: { select: { gssCode: true, name: true } } },
      },
    },
  });
  if (!a) return null;
  return { ...a, facts: a.facts.map(fromStored), warnings: parseStoredWarnings(a.warnings) };
}

/** Recent entries of the audit log about one article, newest first. */
export async function articleLog(articleId: number, take = 50, client: Db = db) {
  return client.auditEntry.findMany({ where: { articleId }, orderBy: { id: 'desc' }, take });
}
