import Link from 'next/link';
import { notFound } from 'next/navigation';
import { saveReview } from '@/app/editor/actions';
import { ReviewForm } from '@/components/editor/review-form';
import { CouncilOptions } from '@/components/editor/council-options';
import { requireEditorPage } from '@/lib/auth/session';
import { articleForReview, articleLog } from '@/lib/editor/queries';

const DONE = { published: 'Published.', saved: 'Saved.' } as const;

export default async function ReviewArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string; n?: string }>;
}) {
  const { id: raw } = await params;
  await requireEditorPage(`/editor/articles/${encodeURIComponent(raw)}`);
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const article = id === null ? null : await articleForReview(id);
  if (!article) notFound();
  const { done, n } = await searchParams;
  const log = await articleLog(article.id);
  return (
    <>
      <h1>{article.title ?? `${article.publisher}, untitled`}</h1>
      {done && done in DONE && (
        <p className="notice" role="status">
          {DONE[done as keyof typeof DONE]}
          {done === 'saved' && n && ` ${n} decision${n === '1' ? '' : 's'} recorded.`} The public pages show it now.
        </p>
      )}
      <p>
        {article.publisher}
        {article.publishedOn ? `, ${article.publishedOn}` : ', date unknown'}
        {article.url && (
          <>
            {' · '}
            <a href={article.url}>original</a>
          </>
        )}
        {' · '}
        <Link href={`/sources/${article.slug}`}>public source page</Link> · added{' '}
        {article.addedAt.toISOString().slice(0, 10)} by {article.addedBy}
      </p>
      <ReviewForm
        action={saveReview.bind(null, article.id)}
        text={article.text}
        facts={article.facts}
        warnings={article.warnings}
      />
      <CouncilOptions />
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Log</h2>
        <ol className="audit-log">
          {log.map((e) => (
            <li key={e.id}>
              {e.at.toISOString().slice(0, 16).replace('T', ' ')} UTC · {e.actor} · {e.action}
              {e.factId !== null && ` · figure ${e.factId}`}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
