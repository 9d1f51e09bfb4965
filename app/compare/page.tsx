import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompareChooser, Comparison } from '@/components/compare/comparison';
import { getCouncil, listCouncils } from '@/lib/queries/council';
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

/**
 * /compare reads its query string, so it renders per request. A well-formed ?a=&b= never
 * reaches it: next.config.ts rewrites that to /compare/[a]/[b], which is cached.
 */
export default async function ComparePage({ searchParams }: Props) {
  const query = parseCompareQuery(await searchParams);
  if (query.kind !== 'ok') {
    const councils = await listCouncils();
    const a = query.kind === 'incomplete' ? query.a : query.kind === 'same' ? query.slug : null;
    const b = query.kind === 'incomplete' ? query.b : null;
    return <CompareChooser councils={councils} message={MESSAGES[query.kind]} a={a} b={b} />;
  }
  const [a, b] = await Promise.all([getCouncil(query.a), getCouncil(query.b)]);
  if (!a || !b) notFound();
  return <Comparison a={a} b={b} />;
}
