import type { Coverage } from '@/lib/domain/coverage';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import { formatBoundedMoney, formatBoundedShare } from '@/lib/format';

/**
 * How much of England one year's figures cover, in words: "Figures for 2 of the 353 English
 * councils of 2017-18; together £200,000, less than 0.26% of England’s total of £200m."
 */
export function coverageSentence(c: Coverage): string {
  const year = formatFinancialYear(c.year);
  if (!c.together) return `None of the ${c.of} English councils of ${year} has a spend figure in the sources.`;
  const head =
    c.known === 1
      ? `Figures for 1 of the ${c.of} English councils of ${year}: ${formatBoundedMoney(c.together)}`
      : `Figures for ${c.known} of the ${c.of} English councils of ${year}; together ${formatBoundedMoney(c.together)}`;
  if (!c.total) return `${head}. No source gives England’s total for that year, so no share of it can be given.`;
  if (!c.share) return `${head}; England’s total that year is given as ${formatBoundedMoney(c.total)}.`;
  return `${head}, ${formatBoundedShare(c.share)} of England’s total of ${formatBoundedMoney(c.total)}.`;
}

export function CoverageStatement({ coverage }: { coverage: Coverage }) {
  return <p className="coverage">{coverageSentence(coverage)}</p>;
}
