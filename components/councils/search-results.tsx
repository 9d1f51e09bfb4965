import { abolishedIn } from '@/lib/councils/abolished';
import type { SearchResult } from '@/lib/councils/search';
import { orderHref, DEFAULT_SORT } from '@/lib/domain/council-order';

/**
 * The councils a search matched, best first: a council with figures links to its page; one
 * without is named with what we know of it (no dead links), and when it was abolished.
 */
export function SearchResults({
  query,
  result,
  withFigures,
}: {
  query: string;
  result: SearchResult;
  withFigures: ReadonlySet<string>;
}) {
  const { matches, total } = result;
  if (total === 0) {
    return (
      <p className="empty" role="status">
        No council matches &ldquo;{query}&rdquo;. Try part of its name, such as &ldquo;Welwyn&rdquo;, or see{' '}
        <a href={orderHref(DEFAULT_SORT)}>every council with figures, A to Z</a>.
      </p>
    );
  }
  return (
    <>
      <p role="status">
        {total === 1 ? '1 council matches' : `${total} councils match`} &ldquo;{query}&rdquo;
        {matches.length < total
          ? `; the best ${matches.length} are listed. Type more of the name to narrow them.`
          : '.'}
      </p>
      <ol className="search-results" aria-label={`Councils matching “${query}”`}>
        {matches.map(({ council: c }) => {
          const abolished = abolishedIn(c);
          const details = [c.officialName, c.region, abolished && `abolished ${abolished}`].filter(Boolean).join(' · ');
          return (
            <li key={c.slug}>
              {withFigures.has(c.slug) ? (
                <a href={`/councils/${c.slug}`}>{c.name}</a>
              ) : (
                <>
                  <span className="council-name">{c.name}</span>{' '}
                  <span className="muted">(no figures in our sources yet)</span>
                </>
              )}
              <div className="muted">{details}</div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
