import { COUNCIL_ORDERS, type CouncilSort, type ListedCouncil } from '@/lib/domain/council-order';
import { CouncilIndex } from './council-index';
import { CouncilSearch } from './council-search';
import { SortLinks } from './sort-links';

/** /councils in one order: the search form, the orders and the table. */
export function CouncilListPage({ councils, sort }: { councils: ListedCouncil[]; sort: CouncilSort }) {
  return (
    <>
      <h1>{COUNCIL_ORDERS[sort].title}</h1>
      <p className="lede">
        {councils.length} {councils.length === 1 ? 'council has' : 'councils have'} figures in the sources. Each name
        leads to the council&rsquo;s spend, budgets and cameras; each amount to the sentence it came from.
      </p>
      <CouncilSearch />
      <SortLinks sort={sort} />
      <CouncilIndex councils={councils} sort={sort} />
    </>
  );
}
