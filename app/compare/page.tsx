import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompareChooser, Comparison } from '@/components/compare/comparison';
import { getCouncil, listCouncils } from '@/lib/queries/council';
import { parseCompareQuery } from '@/lib/validation/params';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: 'Compare two councils',
  description: 'Two councils’ CCTV spending and budgets side by side, year by year, with the difference.',
};

/**
 * /compare reads its query string, so it renders per request. A well-formed ?a=&b= never
 * reaches it: next.config.ts rewrites that to /compare/[a]/[b], which is cached; a malformed
 * one is answered 400 by proxy.ts.
 */
export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams;
  const query = parseCompareQuery(params);
  if (query.kind === 'ok') {
    const [a, b] = await Promise.all([getCouncil(query.a), getCouncil(query.b)]);
    if (!a || !b) notFound();
    return <Comparison a={a} b={b} view={params.per === 'resident' ? 'resident' : 'total'} />;
  }
  const councils = await listCouncils();
  switch (query.kind) {
    case 'empty':
      return <CompareChooser councils={councils} />;
    case 'incomplete':
      return <CompareChooser councils={councils} reason="incomplete" a={query.a} b={query.b} />;
    case 'same':
      return <CompareChooser councils={councils} reason="same" a={query.slug} />;
    case 'invalid':
      return <CompareChooser councils={councils} reason="invalid" />;
  }
}
