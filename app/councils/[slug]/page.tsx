import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartFrame } from '@/components/charts/chart-frame';
import { SpendChart } from '@/components/charts/lazy-spend-chart';
import { CompareForm } from '@/components/compare/compare-form';
import { FactsList } from '@/components/council/facts-list';
import { KeyFigures } from '@/components/council/key-figures';
import { SingleSourceNote } from '@/components/council/single-source-note';
import { SpendBudgetTable } from '@/components/council/spend-budget-table';
import { UncheckedNote } from '@/components/council/unchecked-note';
import { spendBudgetChart } from '@/lib/charts/series';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import { formatMoney } from '@/lib/format';
import { bySlug } from '@/lib/queries/by-slug';
import { getCouncil, listCouncils } from '@/lib/queries/council';

// Rendered on first request, then served from the cache and regenerated in the background
// at most every 5 s (docs/decisions/005-caching.md).
export const revalidate = 5;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = bySlug(getCouncil);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await load((await params).slug);
  if (!detail) return { title: 'Council not found' };
  const latest = detail.series.spend.at(-1);
  const { name, officialName } = detail.council;
  return {
    title: `${name}: CCTV spending`,
    description: latest
      ? `${officialName} spent ${formatMoney(latest.value)} on CCTV in ${formatFinancialYear(latest.year)}. ` +
        'Spend and budget by year, cameras, and the source of every figure.'
      : `CCTV budget and cameras for ${officialName}, with the source of every figure.`,
  };
}

export default async function CouncilPage({ params }: Props) {
  // The compare form's choices do not depend on this council: both reads go out together.
  const [detail, councils] = await Promise.all([load((await params).slug), listCouncils()]);
  if (!detail) notFound();
  const { council, series } = detail;
  return (
    <>
      <h1>{council.name}</h1>
      <p className="lede">
        {council.officialName} · {council.region || 'England'}. CCTV spending and budgets by financial year, with the
        sentence each figure came from.
      </p>
      <UncheckedNote councilSlug={council.slug} facts={detail.facts} />
      <SingleSourceNote facts={detail.facts} />

      <ChartFrame
        title={`${council.name}: actual spend and budget by year`}
        empty={series.spend.length + series.budget.length === 0}
        note="Filled bars are actual spend; hatched, outlined bars are budgets. The table below gives the same numbers."
      >
        <SpendChart
          id="council-chart"
          model={spendBudgetChart([{ name: council.name, spend: series.spend, budget: series.budget }])}
          description={`Bar chart of ${council.name}'s CCTV spend and budget by financial year`}
        />
      </ChartFrame>
      <SpendBudgetTable spend={series.spend} budget={series.budget} population={detail.population} />
      <p>
        <a href={`/api/councils/${council.slug}?format=csv`} download>
          Download this table (CSV)
        </a>{' '}
        · <a href={`/api/councils/${council.slug}`}>JSON</a>
      </p>

      <h2>Cameras, cost and context</h2>
      <KeyFigures detail={detail} />

      <h2 id="compare-with">Compare</h2>
      {councils.length > 1 ? (
        <CompareForm councils={councils} fixedA={{ slug: council.slug, name: council.name }} />
      ) : (
        <p className="muted">No other council has figures yet.</p>
      )}

      <h2>Every figure and its source</h2>
      <FactsList facts={detail.facts} />
    </>
  );
}
