import { COUNCIL_ORDERS, COUNCIL_SORTS, orderHref } from '@/lib/domain/council-order';

/** Every order the list of councils can be sorted in, as links: where an order was not one. */
export function OrderLinksList() {
  return (
    <ul>
      {COUNCIL_SORTS.map((key) => (
        <li key={key}>
          <a href={orderHref(key)}>{COUNCIL_ORDERS[key].label}</a>
        </li>
      ))}
    </ul>
  );
}
