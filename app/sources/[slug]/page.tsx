import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleCitation } from '@/components/sources/article-citation';
import { HighlightedText } from '@/components/sources/highlighted-text';
import { ParserWarnings } from '@/components/sources/parser-warnings';
import { RejectedReadings } from '@/components/sources/rejected-readings';
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

/** The headline when known, else who published it. */
const headingOf = (c: { title: string | null; publisher: string }) => c.title ?? `Article from ${c.publisher}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).slug);
  if (!article) return { title: 'Source not found' };
  return {
    title: `Source: ${headingOf(article.citation)}`,
    description: `The ${article.citation.publisher} article, with the ${article.facts.length} figures read from it highlighted.`,
  };
}

export default async function SourcePage({ params }: Props) {
  const article = await load((await params).slug);
  if (!article) notFound();
  const year = article.currentFinancialYear;
  return (
    <>
      <h1>{headingOf(article.citation)}</h1>
      <ArticleCitation article={article} />
      <p className="lede">
        Current financial year {year === null ? 'unknown' : formatFinancialYear(year)}. {article.facts.length} figures
        are highlighted; each links to the page that uses it.
      </p>
      <HighlightedText text={article.text} facts={article.facts} />

      <h2>Figures read from this article</h2>
      <SourceFigures facts={article.facts} />

      {article.rejected.length > 0 && (
        <>
          <h2>Rejected readings</h2>
          <p>What the parser read here and an editor rejected. These are not figures: they are counted nowhere.</p>
          <RejectedReadings text={article.text} facts={article.rejected} />
        </>
      )}

      <h2>Warnings</h2>
      <ParserWarnings text={article.text} warnings={article.warnings} />
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </>
  );
}
