import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';
import { sourceHref, type SourceRef, type SourcedValue, type YearFigure } from '@/lib/domain/figure';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import type { Ratio } from '@/lib/domain/ratio';
import { formatBounded, formatCount, formatMoney, formatShare } from '@/lib/format';

type Shown = Pick<YearFigure, 'value' | 'bound'> & Partial<Pick<YearFigure<SourceRef>, 'source' | 'conflicts'>>;
type Bounded = Pick<YearFigure, 'value' | 'bound'>;

/** "sources differ: £83,000 in a.txt, £90,000 in b.txt": each value linked to its sentence. */
function Disagreement({ figure, format }: { figure: Shown; format: (v: Bounded) => string }) {
  if (!figure.source || !figure.conflicts?.length) return null;
  const all: Array<SourcedValue<SourceRef>> = [
    { value: figure.value, bound: figure.bound, source: figure.source },
    ...figure.conflicts,
  ];
  return (
    <span className="conflict" role="note">
      sources differ:{' '}
      {all.map((v, i) => (
        <Fragment key={v.source.factId}>
          {i > 0 && ', '}
          {format(v)} in <Link href={sourceHref(v.source)}>{v.source.articleFile}</Link>
        </Fragment>
      ))}
    </span>
  );
}

const money = (v: Bounded) => formatBounded(formatMoney(v.value), v.bound);

/**
 * Money with its bound ("more than £78,000,000"), never a bare figure for a bounded one;
 * where sources disagree, every value with its source instead of one picked silently.
 */
export function Money({ figure }: { figure: Shown }) {
  if (figure.conflicts?.length) return <Disagreement figure={figure} format={money} />;
  return <>{money(figure)}</>;
}

/** A count with its bound and its unit ("23 cameras"). */
export function Count({ figure, unit }: { figure: Shown; unit: string }) {
  const count = (v: Bounded) => `${formatBounded(formatCount(v.value), v.bound)} ${unit}`;
  if (figure.conflicts?.length) return <Disagreement figure={figure} format={count} />;
  return <>{count(figure)}</>;
}

export function Share({ ratio }: { ratio: Ratio }) {
  return <>{formatBounded(formatShare(ratio.value), ratio.bound)}</>;
}

export function Year({ year }: { year: number }) {
  return <>{formatFinancialYear(year)}</>;
}

/**
 * A figure that is its own link to its sentence; where sources disagree the figure is already
 * a list of linked values, so it is not wrapped again.
 */
export function LinkedFigure({
  figure,
  children,
}: {
  figure: Pick<YearFigure<SourceRef>, 'source' | 'conflicts'>;
  children: ReactNode;
}) {
  return figure.conflicts.length ? <>{children}</> : <a href={sourceHref(figure.source)}>{children}</a>;
}

/** A small link to the sentence a figure came from; the sentence, where known, is its tooltip. */
export function SourceLink({ source, label = 'source' }: { source: SourceRef & { quote?: string }; label?: string }) {
  return (
    <Link href={sourceHref(source)} className="muted" title={source.quote || undefined}>
      {label}
    </Link>
  );
}
