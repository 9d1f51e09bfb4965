import type { Metadata } from 'next';
import { CouncilIndex } from '@/components/councils/council-index';
import { getOverview } from '@/lib/queries/overview';

export const metadata: Metadata = {
  title: 'Every council A to Z',
  description:
    'Every English council with CCTV figures in the sources, with its latest spend and a link to each source.',
};

// Served from the cache; regenerated in the background at most every 5 s (docs/decisions/005-caching.md).
export const revalidate = 5;

export default async function CouncilsPage() {
  const { councils } = await getOverview();
  return (
    <>
      <h1>Every council A to Z</h1>
      <p className="lede">
        {councils.length} {councils.length === 1 ? 'council has' : 'councils have'} figures in the sources. Each name
        leads to the council&rsquo;s spend, budgets and cameras; each amount to the sentence it came from.
      </p>
      <CouncilIndex councils={councils} />
    </>
  );
}
