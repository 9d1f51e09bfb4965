import Link from 'next/link';
import { ChartFrame } from '@/components/charts/chart-frame';
import { SpendChart } from '@/components/charts/lazy-spend-chart';
import { CouncilSearch } from '@/components/councils/council-search';
import { CouncilTable } from '@/components/overview/council-table';
import { EnglandHeadline } from '@/components/overview/england-headline';
import { SpendByYearTable } from '@/components/overview/spend-by-year-table';
import { CHARTED_COUNCILS, spendBudgetChart } from '@/lib/charts/series';
import { councilsIn } from '@/lib/councils';
import { POPULATION_NOTE } from '@/lib/councils/population';
import { coverageOf } from '@/lib/domain/coverage';
import { orderCouncils } from '@/lib/domain/council-order';
import { topBySpend } from '@/lib/domain/rank';
import { getOverview } from '@/lib/queries/overview';

// Served from the cache; regenerated in the background at most every 5 s (docs/decisions/005-caching.md).
export const revalidate = 5;

/** The overview's table lists this many councils (docs/decisions/004-top-20-overview.md). */
const LISTED_SPENDERS = 20;
const LINKED = 'Each figure links to the sentence it came from.';

export default async function OverviewPage() {
  const { england, englandSpend, councils } = await getOverview();
  // Coverage of the headline's year, else of the latest year any council has a spend figure for.
  const coverageYear = england?.year ?? Math.max(...councils.flatMap((c) => c.spend.map((f) => f.year)));
  const coverage = Number.isFinite(coverageYear) ? coverageOf(coverageYear, councils, englandSpend, councilsIn) : null;
  const charted = topBySpend(councils, CHARTED_COUNCILS);
  // The ranking /councils?sort=spend shows, cut to its top.
  const { listed: bySpend, without: withoutSpend } = orderCouncils(councils, 'spend');
  const listed = bySpend.slice(0, LISTED_SPENDERS);
  // Every council fits: list them all, those with no spend figure last.
  const complete = listed.length + withoutSpend.length === councils.length;
  return (
    <>
      <h1>What councils spend on CCTV</h1>
      <p className="lede">
        Spending, budgets and cameras for English councils, read from news articles. Every figure keeps the sentence it
        came from.
      </p>
      <EnglandHeadline figure={england} coverage={coverage} />
      <h2>Councils</h2>
      {councils.length > 0 && (
        <p>
          {councils.length} {councils.length === 1 ? 'council has' : 'councils have'} figures.{' '}
          <Link href="/councils">See every council, A to Z</Link>, or go straight to one:
        </p>
      )}
      <CouncilSearch />
      <CouncilTable
        councils={complete ? [...listed, ...withoutSpend] : listed}
        caption={
          complete
            ? `Latest figures for every council, highest latest spend first. ${LINKED} ${POPULATION_NOTE}`
            : `The ${listed.length} councils with the highest latest actual spend, highest first. ${LINKED} ${POPULATION_NOTE}`
        }
      />
      <h2>Spend by year</h2>
      <ChartFrame
        title={
          charted.length < councils.length
            ? `Actual spend on CCTV by financial year: the ${charted.length} councils with the highest latest spend`
            : 'Actual spend on CCTV by financial year'
        }
        empty={charted.length === 0}
        note="Each council has its own colour and pattern. The table below gives the same numbers."
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
