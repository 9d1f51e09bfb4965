import Link from 'next/link';
import { CompareChooser } from '@/components/compare/comparison';
import { CouncilSearch } from '@/components/councils/council-search';
import { OrderLinksList } from '@/components/councils/order-links-list';
import type { CouncilRef } from '@/lib/domain/series';
import type { BadAddressKind } from '@/lib/validation/address';
import { SEARCH_MAX_LENGTH } from '@/lib/validation/params';

const MESSAGES: Record<Exclude<BadAddressKind, 'compare'>, string> = {
  council:
    'That is not a council’s address. Council addresses use the council’s common name in lower case, ' +
    'such as /councils/welwyn-hatfield. Search for the council below.',
  find: 'That is not a council we can look up. Search for it by name below.',
  search:
    `That search cannot be read: a search is at most ${SEARCH_MAX_LENGTH} characters, with no control ` +
    'characters such as line breaks. Type part of the council’s name below.',
  sort: 'That is not an order the list of councils can be sorted in.',
  source: 'That is not an article’s address. Article addresses are lower-case words joined by hyphens.',
};

const HEADINGS: Record<Exclude<BadAddressKind, 'compare'>, string> = {
  council: 'Council not found',
  find: 'Council not found',
  search: 'Search not understood',
  sort: 'No such order',
  source: 'Source not found',
};

/** What a malformed address gets: a message saying what is wrong, and the form to choose again. */
export function BadAddress({ kind, councils }: { kind: BadAddressKind; councils: CouncilRef[] }) {
  if (kind === 'compare') return <CompareChooser councils={councils} reason="invalid" />;
  return (
    <>
      <h1>{HEADINGS[kind]}</h1>
      <p className="notice" role="status">
        {MESSAGES[kind]}
      </p>
      {kind === 'source' ? (
        <p>
          <Link href="/">Back to the overview</Link>
        </p>
      ) : kind === 'sort' ? (
        <OrderLinksList />
      ) : (
        <CouncilSearch />
      )}
    </>
  );
}
