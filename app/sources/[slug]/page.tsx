import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HighlightedText } from '@/components/sources/highlighted-text';
import { ParserWarnings } from '@/components/sources/parser-warnings';
import { SourceFigures } from '@/components/sources/source-figures';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import { bySlug } from '@/lib/queries/by-slug';
import { getSource } from '@/lib/queries/sources';

// Rendered on first request, then served from the cache and regenerated in the background
// at most every 5 s (docs/decisions/005-caching.md).
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
  const year = article.currentFinancialYear;
  return (
    <>
      <h1>{article.title}</h1>
      <p className="lede">
        Source file <code>{article.file}</code>
        {article.publishedOn ? `, published ${article.publishedOn}` : ', publication date not recorded'}. Current
        financial year {year === null ? 'unknown' : formatFinancialYear(year)}. {article.facts.length} figures are
        highlighted; each links to the page that uses it.
      </p>
      <HighlightedText text={article.text} facts={article.facts} />

      <h2>Figures read from this article</h2>
      <SourceFigures facts={article.facts} />

      <h2>Warnings</h2>
      <ParserWarnings text={article.text} warnings={article.warnings} />
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </>
  );
}
