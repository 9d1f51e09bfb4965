'use server';

import { redirect } from 'next/navigation';
import { requireEditorAction } from '@/lib/auth/session';
import { withWriteRetry } from '@/lib/db';
import { db } from '@/lib/db/client';
import { refreshAfterChange } from '@/lib/editor/refresh';
import type { NewArticleState, ReviewState } from '@/lib/editor/state';
import { extractFacts } from '@/lib/extract';
import { articleKey, ingestArticle } from '@/lib/ingest';
import { ArticleFileError, checkArticleBytes } from '@/lib/ingest/read-article';
import { applyDecisions, DecisionError, StaleDecisionError } from '@/lib/review/decide';
import { formValues, readAdditions, readDecisions, toDecisions, type FormErrors } from '@/lib/review/form';
import { fromParsed, previewFingerprint, previewRef } from '@/lib/review/view';
import { articleMetaSchema } from '@/lib/validation/article';

/**
 * The editor's two mutations. Each checks origin, session and role first (requireEditorAction:
 * 401/403 and nothing written), validates everything it was sent, and writes in one transaction.
 */

const META_FIELDS = ['publisher', 'title', 'url', 'published'] as const;
const NOT_SAVED = 'Nothing was saved: fix the marked fields.';
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The article's text from an uploaded .txt, else the pasted text, through the CLI's checks. */
async function articleText(form: FormData, errors: FormErrors): Promise<string | null> {
  const file = form.get('file');
  const upload = file instanceof File && file.size > 0 ? file : null;
  try {
    if (upload) {
      if (!/\.txt$/i.test(upload.name)) throw new ArticleFileError(upload.name, 'is not a .txt file');
      return checkArticleBytes(new Uint8Array(await upload.arrayBuffer()), upload.name);
    }
    return checkArticleBytes(new TextEncoder().encode(String(form.get('text') ?? '')), 'The pasted text');
  } catch (error) {
    if (!(error instanceof ArticleFileError)) throw error;
    // "The pasted text: is empty" reads better as "The pasted text is empty."
    errors.text = `${error.message.replace(`${error.file}: `, `${error.file} `)}.`;
    return null;
  }
}

export async function submitNewArticle(_prev: NewArticleState, form: FormData): Promise<NewArticleState> {
  const editor = await requireEditorAction();
  const values = formValues(form);
  const errors: FormErrors = {};
  const text = await articleText(form, errors);
  const meta = articleMetaSchema.safeParse(Object.fromEntries(META_FIELDS.map((k) => [k, values[k]])));
  if (!meta.success) {
    for (const issue of meta.error.issues) {
      const field = String(issue.path[0]);
      if (errors[field]) continue;
      errors[field] =
        field === 'published' ? `The publication date ${issue.message}.` : `${capitalise(issue.message)}.`;
    }
  }
  if (text === null || !meta.success) return { values, errors, message: NOT_SAVED, preview: null };
  values.text = text;

  const result = extractFacts(text, { published: meta.data.published ?? undefined });
  const facts = result.facts.map(fromParsed);
  const existing = await db.article.findUnique({
    where: { key: articleKey({ text, url: meta.data.url }) },
    select: { id: true, slug: true },
  });
  const fingerprint = previewFingerprint(text, meta.data.published);
  const preview = { text, existing, facts, warnings: result.warnings, fingerprint };
  const refs = facts.map((f) => ({ ref: f.ref, id: null, version: 0, threshold: f.reading.threshold }));
  const decisions = readDecisions(values, refs, errors);
  const additions = readAdditions(values, text, errors);
  if (Object.keys(errors).length) return { values, errors, message: NOT_SAVED, preview };
  if (values.intent !== 'publish') return { values, errors, message: null, preview };
  // Decisions name figures by where they stand in the previewed text: a text or date changed
  // since the preview may read differently, so the editor sees the new reading first.
  if (values.previewed !== fingerprint) {
    const message = 'The text or the date changed since the preview: check the figures below again, then publish.';
    return { values: { ...values, previewed: fingerprint }, errors, message, preview };
  }
  // Councils whose figures a re-publish may remove: their pages are refreshed too.
  const before = existing
    ? await db.fact.findMany({
        where: { articleId: existing.id, councilId: { not: null } },
        select: { councilId: true },
        distinct: ['councilId'],
      })
    : [];

  let saved: { id: number; slug: string };
  try {
    const outcome = await ingestArticle(
      db,
      { text, ...meta.data },
      {
        actor: editor.email,
        then: async (tx, { articleId, facts: rows }) => {
          // The preview named facts by span, metric and year; the stored rows carry the same. A
          // row someone already decided (the article was stored before) is not decided again here.
          const byRef = new Map(rows.filter((r) => r.origin === 'machine').map((r) => [previewRef(r), r]));
          const bound = toDecisions(decisions, (ref) => byRef.get(ref)?.id).map((d) => {
            const row = rows.find((r) => r.id === d.factId)!;
            if (row.status !== 'unchecked') throw new StaleDecisionError(row.id, null, null);
            return { ...d, version: row.version };
          });
          await applyDecisions(tx, editor.email, articleId, bound, additions);
        },
      },
    );
    saved = { id: outcome.articleId!, slug: outcome.slug };
  } catch (error) {
    if (error instanceof StaleDecisionError || error instanceof DecisionError) {
      return { values, errors, message: error.message, preview };
    }
    throw error;
  }
  const councils = await db.fact.findMany({
    where: { articleId: saved.id, councilId: { not: null } },
    select: { councilId: true },
    distinct: ['councilId'],
  });
  await refreshAfterChange(
    saved.slug,
    [...before, ...councils].flatMap((c) => (c.councilId === null ? [] : [c.councilId])),
  );
  redirect(`/editor/articles/${saved.id}?done=published`);
}

export async function saveReview(articleId: number, _prev: ReviewState, form: FormData): Promise<ReviewState> {
  const editor = await requireEditorAction();
  const values = formValues(form);
  const errors: FormErrors = {};
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { slug: true, text: true, facts: { select: { id: true, version: true, threshold: true } } },
  });
  if (!article) return { values, errors, message: 'This article no longer exists.' };
  const refs = article.facts.map((f) => ({ ref: String(f.id), id: f.id, version: f.version, threshold: f.threshold }));
  const decisions = readDecisions(values, refs, errors);
  const additions = readAdditions(values, article.text, errors);
  if (Object.keys(errors).length) return { values, errors, message: NOT_SAVED };
  if (!decisions.length && !additions.length) {
    return { values, errors, message: 'Nothing to save: choose a decision for a figure, or add one.' };
  }
  let councilIds: Set<number>;
  try {
    const touched = await withWriteRetry(db, () =>
      db.$transaction((tx) => applyDecisions(tx, editor.email, articleId, toDecisions(decisions, Number), additions)),
    );
    councilIds = touched.councilIds;
  } catch (error) {
    if (error instanceof StaleDecisionError || error instanceof DecisionError) {
      return { values, errors, message: error.message };
    }
    throw error;
  }
  await refreshAfterChange(article.slug, councilIds);
  redirect(`/editor/articles/${articleId}?done=saved&n=${decisions.length + additions.length}`);
}
