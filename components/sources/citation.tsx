import Link from 'next/link';
import { sourceHref, type SourceRef } from '@/lib/domain/figure';
import { formatFinancialYear } from '@/lib/domain/financial-year';

export interface SourceCitationProps {
  /** The figure's source: its article's citation and the fact whose highlight "source sentence" opens. */
  source: SourceRef & { quote?: string };
  /** The figure's financial year, named after the publisher. */
  year?: number;
}

/**
 * How every page cites a figure: "Welwyn Hatfield Times, 2018-19 · source sentence". The publisher
 * links to the original article when its address is known; "source sentence" links to the figure's
 * highlight on our source page, with the sentence as its tooltip where the page has it.
 */
export function SourceCitation({ source, year }: SourceCitationProps) {
  const { publisher, url } = source.citation;
  return (
    <span className="citation">
      {url ? (
        <a href={url} rel="noopener">
          {publisher}
        </a>
      ) : (
        publisher
      )}
      {year !== undefined && `, ${formatFinancialYear(year)}`} ·{' '}
      <Link href={sourceHref(source)} title={source.quote || undefined}>
        source sentence
      </Link>
    </span>
  );
}
