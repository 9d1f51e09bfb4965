import type { Metadata } from 'next';
import { CouncilSearch } from '@/components/councils/council-search';
import { SearchResults } from '@/components/councils/search-results';
import { searchCouncils } from '@/lib/councils/search';
import { orderHref, DEFAULT_SORT } from '@/lib/domain/council-order';
import { councilsWithFigures } from '@/lib/queries/with-figures';
import { parseSearchQuery } from '@/lib/validation/params';

export const metadata: Metadata = {
  title: 'Find a council',
  description:
    'Search every English council, current and former, by its common name, official name or another spelling.',
};

/** The search page lists at most this many councils; the combobox suggests fewer (app/api/search). */
const LISTED = 30;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /councils?q=, rewritten here (next.config.ts) so that the plain /councils stays a cached page.
 * Rendered per request: a search is a scan of 365 names in memory, and the councils with figures
 * come from memory too (lib/queries/with-figures.ts). A malformed q never gets here (proxy.ts).
 */
export default async function CouncilSearchPage({ searchParams }: Props) {
  const query = parseSearchQuery((await searchParams).q);
  const q = query.kind === 'ok' ? query.q : '';
  return (
    <>
      <h1>{q ? `Councils matching “${q}”` : 'Find a council'}</h1>
      <CouncilSearch query={q} />
      {query.kind === 'ok' ? (
        <SearchResults query={q} result={searchCouncils(q, LISTED)} withFigures={await councilsWithFigures()} />
      ) : (
        <p className="notice" role="status">
          {query.kind === 'invalid'
            ? `That search cannot be read: ${query.message}.`
            : 'Type part of a council’s name to search.'}{' '}
          Or see <a href={orderHref(DEFAULT_SORT)}>every council with figures, A to Z</a>.
        </p>
      )}
    </>
  );
}
