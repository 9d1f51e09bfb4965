import { Fragment, type ReactNode } from 'react';
import { SourceCitation } from '@/components/sources/citation';
import { sourceHref, type SourceRef, type SourcedValue, type YearFigure } from '@/lib/domain/figure';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import type { Ratio } from '@/lib/domain/ratio';
import { formatBounded, formatBoundedMoney, formatBoundedPence, formatBoundedShare, formatCount } from '@/lib/format';
import { UncheckedMarker } from './review-marker';

type Shown = Pick<YearFigure, 'value' | 'bound'> &
  Partial<Pick<YearFigure<SourceRef>, 'source' | 'conflicts' | 'year'>>;
type Bounded = Pick<YearFigure, 'value' | 'bound'>;

/**
 * "sources differ: £83,000 in Welwyn Hatfield Times, 2017-18 · source sentence; £90,000 in …":
 * every value with its own marker and citation.
 */
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
          {i > 0 && '; '}
          {format(v)}
          <UncheckedMarker status={v.source.status} /> in <SourceCitation source={v.source} year={figure.year} />
        </Fragment>
      ))}
    </span>
  );
}

interface ValueProps {
  figure: Shown;
  /**
   * Whether an unchecked figure's marker follows the value (the default). Off where the caller
   * puts it elsewhere: after a link the value is (a marker is a link too), or outside a big figure.
   */
  marker?: boolean;
}

/**
 * Money with its bound ("more than £78,000,000"), never a bare figure for a bounded one;
 * where sources disagree, every value with its source instead of one picked silently.
 */
export function Money({ figure, marker = true }: ValueProps) {
  if (figure.conflicts?.length) return <Disagreement figure={figure} format={formatBoundedMoney} />;
  return (
    <>
      {formatBoundedMoney(figure)}
      {marker && <UncheckedMarker status={figure.source?.status} />}
    </>
  );
}

/** Pence per resident with its bound ("67 pence", "more than £1.37"), as Money is for pounds. */
export function Pence({ figure, marker = true }: ValueProps) {
  if (figure.conflicts?.length) return <Disagreement figure={figure} format={formatBoundedPence} />;
  return (
    <>
      {formatBoundedPence(figure)}
      {marker && <UncheckedMarker status={figure.source?.status} />}
    </>
  );
}

/** A count with its bound and its unit ("23 cameras"). */
export function Count({ figure, unit, marker = true }: ValueProps & { unit: string }) {
  const count = (v: Bounded) => `${formatBounded(formatCount(v.value), v.bound)} ${unit}`;
  if (figure.conflicts?.length) return <Disagreement figure={figure} format={count} />;
  return (
    <>
      {count(figure)}
      {marker && <UncheckedMarker status={figure.source?.status} />}
    </>
  );
}

/** The unchecked marker of a figure shown as one value; none where sources differ (each value has its own). */
export function FigureMarker({ figure }: { figure: Shown }) {
  return figure.conflicts?.length ? null : <UncheckedMarker status={figure.source?.status} />;
}

export function Share({ ratio }: { ratio: Ratio }) {
  return <>{formatBoundedShare(ratio)}</>;
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
