import { connection } from 'next/server';
import { CouncilTable } from '@/components/overview/council-table';
import { EnglandHeadline } from '@/components/overview/england-headline';
import { SpendByYearTable } from '@/components/overview/spend-by-year-table';
import { getOverview } from '@/lib/queries/overview';

export default async function OverviewPage() {
  await connection(); // read the store per request until ingest-driven caching lands
  const { england, councils } = await getOverview();
  return (
    <>
      <h1>What councils spend on CCTV</h1>
      <p className="lede">
        Spending, budgets and cameras for English councils, read from news articles. Every figure keeps the
        sentence it came from.
      </p>
      <EnglandHeadline figure={england} />
      <h2>Councils</h2>
      <CouncilTable councils={councils} />
      <h2>Spend by year</h2>
      <SpendByYearTable councils={councils} />
    </>
  );
}
