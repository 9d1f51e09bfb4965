import { PairPage, pairMetadata, type PairProps } from '../pair';

// What /compare?a=&b=&per=resident is rewritten to (next.config.ts): cached as the totals page is.
export const revalidate = 5;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = (props: PairProps) => pairMetadata(props, 'resident');

export default function ComparePerResidentPage(props: PairProps) {
  return <PairPage {...props} view="resident" />;
}
