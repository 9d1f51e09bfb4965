import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ChartFrame } from '@/components/charts/chart-frame';
import { SpendChart } from '@/components/charts/spend-chart';
import { CameraCounts } from '@/components/compare/camera-counts';
import { CompareForm } from '@/components/compare/compare-form';
import { CompareTable } from '@/components/compare/compare-table';
import { spendBudgetChart } from '@/lib/charts/series';
import { getCouncil, listCouncils } from '@/lib/queries/council';
import { compareRows } from '@/lib/queries/derive';
import { parseCompareQuery, type CompareQuery } from '@/lib/validation/params';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: 'Compare two councils',
  description: 'Two councils’ CCTV spending and budgets side by side, year by year, with the difference.',
};

const MESSAGES: Record<Exclude<CompareQuery['kind'], 'ok'>, string | null> = {
  empty: null,
  incomplete: 'Choose two councils to compare.',
  invalid: 'That address does not name two councils we know. Choose them below.',
  same: 'Choose two different councils: both choices are the same council.',
};

export default async function ComparePage({ searchParams }: Props) {
  await connection();
  const query = parseCompareQuery(await searchParams);
  const councils = await listCouncils();

  if (query.kind !== 'ok') {
    const message = MESSAGES[query.kind];
    const a = query.kind === 'incomplete' ? query.a : query.kind === 'same' ? query.slug : null;
    const b = query.kind === 'incomplete' ? query.b : null;
    return (
      <>
        <h1>Compare two councils</h1>
        <p className="lede">Put two councils’ CCTV spending and budgets side by side.</p>
        {message && (
          <p className="notice" role="status">
            {message}
          </p>
        )}
        <CompareForm councils={councils} a={a} b={b} />
      </>
    );
  }

  const [a, b] = await Promise.all([getCouncil(query.a), getCouncil(query.b)]);
  if (!a || !b) notFound();
  const rows = compareRows(a, b);
  return (
    <>
      <h1>
        {a.council.name} and {b.council.name}
      </h1>
      <p className="lede">CCTV spending and budgets side by side, by financial year.</p>
      <CompareForm councils={councils} a={a.council.slug} b={b.council.slug} />
      <ChartFrame
        title={`${a.council.name} and ${b.council.name}: actual spend and budget`}
        empty={rows.length === 0}
        note="Each council has its own colour and pattern; budgets are hatched and outlined. The table below gives the same numbers."
      >
        <SpendChart
          id="compare-chart"
          model={spendBudgetChart([
            { name: a.council.name, spend: a.spend, budget: a.budget },
            { name: b.council.name, spend: b.spend, budget: b.budget },
          ])}
          description={`Bar chart comparing ${a.council.name} and ${b.council.name} CCTV spend and budget by year`}
        />
      </ChartFrame>
      <CompareTable a={a.council} b={b.council} rows={rows} />
      <p>
        <a href={`/api/compare?a=${a.council.slug}&b=${b.council.slug}&format=csv`} download>
          Download this table (CSV)
        </a>{' '}
        · <a href={`/api/compare?a=${a.council.slug}&b=${b.council.slug}`}>JSON</a>
      </p>
      <h2>Cameras and sites</h2>
      <CameraCounts a={a} b={b} />
    </>
  );
}
