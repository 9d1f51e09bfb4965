import { PairPage, pairMetadata, type PairProps } from './pair';

// What /compare?a=&b= is rewritten to (next.config.ts): rendered on first request, then served
// from the cache and regenerated in the background at most every 5 s (docs/decisions/005-caching.md).
export const revalidate = 5;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = (props: PairProps) => pairMetadata(props, 'total');

export default function ComparePairPage(props: PairProps) {
  return <PairPage {...props} view="total" />;
}
