import { COUNCIL_ORDERS, COUNCIL_SORTS, orderHref, type CouncilSort } from '@/lib/domain/council-order';

interface Props {
  /** The order shown, marked current; none where an order was not one. */
  current?: CouncilSort;
  /** The id of the element that names the list. */
  labelledBy?: string;
}

/** Every order the list of councils can be sorted in, as plain links (no JavaScript needed). */
export function OrderLinksList({ current, labelledBy }: Props) {
  return (
    <ul aria-labelledby={labelledBy}>
      {COUNCIL_SORTS.map((key) => (
        <li key={key}>
          <a href={orderHref(key)} aria-current={key === current ? 'page' : undefined}>
            {COUNCIL_ORDERS[key].label}
          </a>
        </li>
      ))}
    </ul>
  );
}
