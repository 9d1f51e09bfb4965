import { COUNCIL_ORDERS, COUNCIL_SORTS, orderHref } from '@/lib/domain/council-order';

export default function SortNotFound() {
  return (
    <>
      <h1>No such order</h1>
      <p className="lede">The list of councils can be sorted in these orders:</p>
      <ul>
        {COUNCIL_SORTS.map((key) => (
          <li key={key}>
            <a href={orderHref(key)}>{COUNCIL_ORDERS[key].label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
