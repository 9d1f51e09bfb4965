import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { factPageHref, HighlightedText } from '@/components/sources/highlighted-text';
import { formatBounded, formatFinancialYear } from '@/lib/format';
import { formatValue, metricLabel } from '@/lib/labels';
import { getSource } from '@/lib/queries/sources';
import { bySlug } from '@/lib/queries/by-slug';

// Rendered on first request, then served from the cache and regenerated in the background
// at most every 5 s (README, Caching).
export const revalidate = 5;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = bySlug(getSource);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).slug);
  if (!article) return { title: 'Source not found' };
  return {
    title: `Source: ${article.title}`,
    description: `The article text with the ${article.facts.length} figures read from it highlighted.`,
  };
}

export default async function SourcePage({ params }: Props) {
  const article = await load((await params).slug);
  if (!article) notFound();
  return (
    <>
      <h1>{article.title}</h1>
      <p className="lede">
        Source file <code>{article.file}</code>
        {article.publishedOn ? `, published ${article.publishedOn}` : ', publication date not recorded'}. Current
        financial year{' '}
        {article.currentFinancialYear === null ? 'unknown' : formatFinancialYear(article.currentFinancialYear)}.{' '}
        {article.facts.length} figures are highlighted; each links to the page that uses it.
      </p>
      <HighlightedText text={article.text} facts={article.facts} />

      <h2>Figures read from this article</h2>
      {article.facts.length === 0 ? (
        <p className="empty">The parser found no figures in this article.</p>
      ) : (
        <ol className="source-figures">
          {article.facts.map((f) => (
            <li key={f.id}>
              <a href={factPageHref(f)}>
                {metricLabel(f.metric, f.basis)}, {f.scope === 'council' ? f.council?.name : 'England'},{' '}
                {formatFinancialYear(f.financialYear)}: {formatBounded(formatValue(f.metric, f.value), f.bound)}
              </a>{' '}
              <a href={`#fact-${f.id}`} className="muted">
                in the text
              </a>
            </li>
          ))}
        </ol>
      )}

      <h2>Warnings</h2>
      {article.warnings.length === 0 ? (
        <p className="muted">The parser raised no warnings for this article.</p>
      ) : (
        <ul>
          {article.warnings.map((w) => (
            <li key={`${w.start}-${w.code}`}>
              <strong>{article.text.slice(w.start, w.end)}</strong>: {w.message}{' '}
              <span className="muted">({w.code})</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </>
  );
}
