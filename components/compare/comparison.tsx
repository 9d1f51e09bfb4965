import Link from 'next/link';
import { ChartFrame } from '@/components/charts/chart-frame';
import { SpendChart } from '@/components/charts/lazy-spend-chart';
import { CameraCounts } from '@/components/compare/camera-counts';
import { CompareForm } from '@/components/compare/compare-form';
import { CompareTable, type CompareView } from '@/components/compare/compare-table';
import { spendBudgetChart } from '@/lib/charts/series';
import { POPULATION_NOTE } from '@/lib/councils/population';
import { compareRows } from '@/lib/domain/compare';
import { perResidentSeries } from '@/lib/domain/per-resident';
import { formatCount } from '@/lib/format';
import type { CouncilRef } from '@/lib/domain/series';
import type { CouncilDetail } from '@/lib/queries/council';

/**
 * Two councils side by side: one chart with both, the per-year table, the counts. Changing the
 * pair is a link away (each council page has a one-select form): two selects of every council
 * here would make the page grow with the number of councils (npm run bench, scale).
 */
export function Comparison({ a, b, view }: { a: CouncilDetail; b: CouncilDetail; view: CompareView }) {
  const perResident = view === 'resident';
  const per = perResident ? ' per resident' : '';
  // Per resident, every figure is divided by its council's mid-2020 population first: the rows,
  // the differences and the chart are then in pence.
  const series = (d: CouncilDetail) =>
    perResident
      ? {
          spend: perResidentSeries(d.series.spend, d.population),
          budget: perResidentSeries(d.series.budget, d.population),
        }
      : { spend: d.series.spend, budget: d.series.budget };
  const [sa, sb] = [series(a), series(b)];
  const rows = compareRows(sa, sb);
  const query = `a=${a.council.slug}&b=${b.council.slug}`;
  const noPopulation = [a, b].filter((d) => d.population === null).map((d) => d.council.name);
  return (
    <>
      <h1>
        {a.council.name} and {b.council.name}
      </h1>
      <p className="lede">
        CCTV spending and budgets side by side, by financial year{perResident ? ', per resident' : ''}.
      </p>
      <nav className="view-toggle" aria-label="Show the figures as">
        Show:{' '}
        <a href={`/compare?${query}`} aria-current={perResident ? undefined : 'page'}>
          Totals
        </a>{' '}
        ·{' '}
        <a href={`/compare?${query}&per=resident`} aria-current={perResident ? 'page' : undefined}>
          Per resident
        </a>
      </nav>
      {perResident && (
        <p className="muted">
          {POPULATION_NOTE} {a.council.name}: {populationWords(a.population)}; {b.council.name}:{' '}
          {populationWords(b.population)}.
          {noPopulation.length > 0 && ` ${noPopulation.join(' and ')} cannot be shown per resident.`}
        </p>
      )}
      <p className="compare-actions">
        <a href={`/compare?a=${b.council.slug}&b=${a.council.slug}${perResident ? '&per=resident' : ''}`}>Swap sides</a>{' '}
        · <a href={`/councils/${a.council.slug}#compare-with`}>Compare {a.council.name} with another council</a> ·{' '}
        <a href={`/councils/${b.council.slug}#compare-with`}>Compare {b.council.name} with another council</a> ·{' '}
        <Link href="/compare">Choose two other councils</Link>
      </p>
      <ChartFrame
        title={`${a.council.name} and ${b.council.name}: actual spend and budget${per}`}
        empty={rows.length === 0}
        note="Each council has its own colour and pattern; budgets are hatched and outlined. The table below gives the same numbers."
      >
        <SpendChart
          id="compare-chart"
          model={spendBudgetChart(
            [
              { name: a.council.name, ...sa },
              { name: b.council.name, ...sb },
            ],
            perResident ? 'pence' : 'pounds',
          )}
          description={`Bar chart comparing ${a.council.name} and ${b.council.name} CCTV spend and budget${per} by year`}
        />
      </ChartFrame>
      <CompareTable a={a.council} b={b.council} rows={rows} view={view} />
      <p>
        <a href={`/api/compare?${query}&format=csv`} download>
          Download {perResident ? 'the totals' : 'this table'} (CSV)
        </a>{' '}
        · <a href={`/api/compare?${query}`}>JSON</a>
      </p>
      <h2>Cameras and sites</h2>
      <CameraCounts a={a} b={b} perResident={perResident} />
    </>
  );
}

const populationWords = (n: number | null) => (n ? `${formatCount(n)} residents` : 'no population in the list');

const REASONS = {
  invalid: 'That address does not name two councils we know. Choose them below.',
  incomplete: 'Choose two councils to compare.',
  same: 'Choose two different councils: both choices are the same council.',
};

/** The compare page's form, with what is wrong with the choice so far (nothing, when none is made yet). */
export function CompareChooser({
  councils,
  reason,
  a,
  b,
}: {
  councils: CouncilRef[];
  reason?: keyof typeof REASONS;
  a?: string | null;
  b?: string | null;
}) {
  return (
    <>
      <h1>Compare two councils</h1>
      <p className="lede">Put two councils’ CCTV spending and budgets side by side.</p>
      {reason && (
        <p className="notice" role="status">
          {REASONS[reason]}
        </p>
      )}
      <CompareForm councils={councils} a={a} b={b} />
    </>
  );
}
