import type { CouncilSort } from '@/lib/domain/council-order';
import { OrderLinksList } from './order-links-list';

/** The list's orders as plain links above it; the one shown is marked current. */
export function SortLinks({ sort }: { sort: CouncilSort }) {
  return (
    <nav aria-label="Order of the list" className="sort-links">
      <span id="sort-links-label">Sort by:</span>
      <OrderLinksList current={sort} labelledBy="sort-links-label" />
    </nav>
  );
}
