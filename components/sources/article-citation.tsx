import type { SourceArticle } from '@/lib/queries/sources';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2018-05-30" -> "30 May 2018". */
const formatDay = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));

/** The article's full citation: publisher, publication date, the original's address, and when we added it. */
export function ArticleCitation({ article }: { article: Pick<SourceArticle, 'citation' | 'addedOn'> }) {
  const { title, publisher, publishedOn, url } = article.citation;
  return (
    <dl className="citation-details">
      {title && (
        <>
          <dt>Title</dt>
          <dd>{title}</dd>
        </>
      )}
      <dt>Publisher</dt>
      <dd>{publisher}</dd>
      <dt>Published</dt>
      <dd>{publishedOn ? formatDay(publishedOn) : 'date unknown'}</dd>
      <dt>Original</dt>
      <dd>
        {url ? (
          // A long address breaks anywhere rather than widen the page at 360 px.
          <a href={url} rel="noopener" style={{ overflowWrap: 'anywhere' }}>
            {url}
          </a>
        ) : (
          'address unknown'
        )}
      </dd>
      <dt>Added here</dt>
      <dd>{formatDay(article.addedOn)}</dd>
    </dl>
  );
}
