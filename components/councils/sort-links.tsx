import { COUNCIL_ORDERS, COUNCIL_SORTS, orderHref, type CouncilSort } from '@/lib/domain/council-order';

/** The list's orders as plain links (no JavaScript needed); the one shown is marked current. */
export function SortLinks({ sort }: { sort: CouncilSort }) {
  return (
    <nav aria-label="Order of the list" className="sort-links">
      <span id="sort-links-label">Sort by:</span>
      <ul aria-labelledby="sort-links-label">
        {COUNCIL_SORTS.map((key) => (
          <li key={key}>
            <a href={orderHref(key)} aria-current={key === sort ? 'page' : undefined}>
              {COUNCIL_ORDERS[key].label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
