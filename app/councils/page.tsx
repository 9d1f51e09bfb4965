import type { Metadata } from 'next';
import { CouncilListPage } from '@/components/councils/council-list-page';
import { getOverview } from '@/lib/queries/overview';

export const metadata: Metadata = {
  title: 'Every council A to Z',
  description:
    'Every English council with CCTV figures in the sources, with its latest spend and a link to each source.',
};

// Served from the cache; regenerated in the background at most every 5 s (docs/decisions/005-caching.md).
// It reads no query string, so it stays static: /councils?q= and ?sort= are rewritten to pages of
// their own (next.config.ts; docs/decisions/018-council-search.md).
export const revalidate = 5;

export default async function CouncilsPage() {
  const { councils } = await getOverview();
  return <CouncilListPage councils={councils} sort="name" />;
}
