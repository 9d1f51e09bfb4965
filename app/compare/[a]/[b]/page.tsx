import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CompareChooser, Comparison } from '@/components/compare/comparison';
import { getCouncil, listCouncils } from '@/lib/queries/council';
import { slugSchema } from '@/lib/validation/params';

// What /compare?a=&b= is rewritten to (next.config.ts): rendered on first request, then served
// from the cache and regenerated in the background at most every 5 s (docs/decisions/005-caching.md).
export const revalidate = 5;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ a: string; b: string }> };

const load = cache(async (rawA: string, rawB: string) => {
  const a = slugSchema.safeParse(rawA);
  const b = slugSchema.safeParse(rawB);
  if (!a.success || !b.success) return null;
  if (a.data === b.data) return { same: a.data } as const;
  const [da, db] = await Promise.all([getCouncil(a.data), getCouncil(b.data)]);
  return da && db ? ({ a: da, b: db } as const) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { a, b } = await params;
  const pair = await load(a, b);
  if (!pair || 'same' in pair) return { title: 'Compare two councils' };
  return {
    title: `${pair.a.council.name} and ${pair.b.council.name} compared`,
    description: `CCTV spending and budgets of ${pair.a.council.name} and ${pair.b.council.name} side by side, year by year.`,
  };
}

export default async function ComparePairPage({ params }: Props) {
  const { a, b } = await params;
  const pair = await load(a, b);
  if (!pair) notFound();
  if ('same' in pair) {
    return <CompareChooser councils={await listCouncils()} reason="same" a={pair.same} />;
  }
  return <Comparison a={pair.a} b={pair.b} />;
}
