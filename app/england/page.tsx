import type { Metadata } from 'next';
import { CouncilCounts } from '@/components/england/council-counts';
import { CoverageStatement } from '@/components/england/coverage-statement';
import { EnglandTotals } from '@/components/england/england-totals';
import { KnownShares } from '@/components/england/known-shares';
import { getEngland } from '@/lib/queries/england';

export const metadata: Metadata = {
  title: 'England',
  description: 'What councils across England spend on CCTV in total, year by year, and the known councils’ share.',
};

// Served from the cache; regenerated in the background at most every 5 s (docs/decisions/005-caching.md).
export const revalidate = 5;

export default async function EnglandPage() {
  const { totals, counts, shares, coverage } = await getEngland();
  return (
    <>
      <h1>England</h1>
      <p className="lede">
        The total all English councils spent on CCTV, as the sources report it, and where known councils sit in it.
      </p>
      <h2>Total spend by year</h2>
      <EnglandTotals totals={totals} />
      <h2>How councils compare</h2>
      <CouncilCounts counts={counts} />
      <h2>Known councils’ share of the total</h2>
      {coverage.map((c) => (
        <CoverageStatement key={c.year} coverage={c} />
      ))}
      <KnownShares shares={shares} />
    </>
  );
}
