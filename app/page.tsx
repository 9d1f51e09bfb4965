import { ChartFrame } from '@/components/charts/chart-frame';
import { SpendChart } from '@/components/charts/spend-chart';
import { CouncilTable } from '@/components/overview/council-table';
import { EnglandHeadline } from '@/components/overview/england-headline';
import { SpendByYearTable } from '@/components/overview/spend-by-year-table';
import { CHARTED_COUNCILS, spendBudgetChart, topBySpend } from '@/lib/charts/series';
import { getOverview } from '@/lib/queries/overview';

// Served from the cache; regenerated in the background at most every 5 s (README, Caching).
export const revalidate = 5;

export default async function OverviewPage() {
  const { england, councils } = await getOverview();
  const charted = topBySpend(councils, CHARTED_COUNCILS);
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
      <ChartFrame
        title={
          charted.length < councils.length
            ? `Actual spend on CCTV by financial year: the ${charted.length} councils with the highest latest spend`
            : 'Actual spend on CCTV by financial year'
        }
        empty={charted.length === 0}
        note="Each council has its own colour and pattern. The table below gives every council's numbers."
      >
        <SpendChart
          id="overview-chart"
          model={spendBudgetChart(charted.map((c) => ({ name: c.name, spend: c.spend })))}
          description="Bar chart of each council's actual CCTV spend by financial year"
        />
      </ChartFrame>
      <SpendByYearTable councils={charted} />
    </>
  );
}
