import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CompareChooser, Comparison } from '@/components/compare/comparison';
import type { CompareView } from '@/components/compare/compare-table';
import { getCouncil, listCouncils } from '@/lib/queries/council';
import { slugSchema } from '@/lib/validation/params';

/** The two cached compare pages' params: /compare/[a]/[b] (totals) and its /per-resident. */
export type PairProps = { params: Promise<{ a: string; b: string }> };

const load = cache(async (rawA: string, rawB: string) => {
  const a = slugSchema.safeParse(rawA);
  const b = slugSchema.safeParse(rawB);
  if (!a.success || !b.success) return null;
  if (a.data === b.data) return { same: a.data } as const;
  const [da, db] = await Promise.all([getCouncil(a.data), getCouncil(b.data)]);
  return da && db ? ({ a: da, b: db } as const) : null;
});

export async function pairMetadata({ params }: PairProps, view: CompareView): Promise<Metadata> {
  const { a, b } = await params;
  const pair = await load(a, b);
  if (!pair || 'same' in pair) return { title: 'Compare two councils' };
  const names = `${pair.a.council.name} and ${pair.b.council.name}`;
  const per = view === 'resident' ? ' per resident' : '';
  return {
    title: `${names} compared${per}`,
    description: `CCTV spending and budgets${per} of ${names} side by side, year by year.`,
  };
}

export async function PairPage({ params, view }: PairProps & { view: CompareView }) {
  const { a, b } = await params;
  const pair = await load(a, b);
  if (!pair) notFound();
  if ('same' in pair) {
    return <CompareChooser councils={await listCouncils()} reason="same" a={pair.same} />;
  }
  return <Comparison a={pair.a} b={pair.b} view={view} />;
}
