import { OrderLinksList } from '@/components/councils/order-links-list';

export default function SortNotFound() {
  return (
    <>
      <h1>No such order</h1>
      <p className="lede">The list of councils can be sorted in these orders:</p>
      <OrderLinksList />
    </>
  );
}
