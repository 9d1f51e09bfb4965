import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CouncilListPage } from '@/components/councils/council-list-page';
import { COUNCIL_ORDERS, COUNCIL_SORTS, type CouncilSort } from '@/lib/domain/council-order';
import { getOverview } from '@/lib/queries/overview';

// Served from the cache like /councils; /councils?sort=KEY is rewritten here (next.config.ts).
export const revalidate = 5;

type Props = { params: Promise<{ sort: string }> };

const isSort = (s: string): s is CouncilSort => (COUNCIL_SORTS as readonly string[]).includes(s);

export function generateStaticParams() {
  return COUNCIL_SORTS.map((sort) => ({ sort }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { sort } = await params;
  if (!isSort(sort)) return {};
  const { title, column } = COUNCIL_ORDERS[sort];
  return {
    title,
    description:
      `Every English council with CCTV figures in the sources, ranked by its latest ${column.toLowerCase()}, ` +
      'each figure linked to its source.',
  };
}

export default async function SortedCouncilsPage({ params }: Props) {
  const { sort } = await params;
  if (!isSort(sort)) notFound();
  const { councils } = await getOverview();
  return <CouncilListPage councils={councils} sort={sort} />;
}
