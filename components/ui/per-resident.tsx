import type { YearFigure } from '@/lib/domain/figure';
import { unitLabel, type CountMetric } from '@/lib/domain/metrics';
import { pencePerResident, tenthsPer10kResidents } from '@/lib/domain/per-resident';
import { formatBounded, formatBoundedPence, formatTenths } from '@/lib/format';

type Shown = Pick<YearFigure, 'value' | 'bound'> & { conflicts?: unknown[] };

interface Props {
  figure: Shown | null | undefined;
  population: number | null;
  /** What is said when there is no figure. */
  missing?: string;
}

/** Why a per-resident value cannot be given, or null when it can. */
function unavailable(figure: Shown | null | undefined, population: number | null, missing: string) {
  if (!figure) return missing;
  // Where sources differ there is no one value to divide; the total beside it shows each.
  if (figure.conflicts?.length) return 'sources differ';
  if (!population) return 'no population';
  return null;
}

/** Money per resident with its bound: "67 pence", "more than £1.37". */
export function MoneyPerResident({ figure, population, missing = '–' }: Props) {
  const reason = unavailable(figure, population, missing);
  const p = figure && !reason ? pencePerResident(figure, population) : null;
  if (!p) return <span className="muted">{reason}</span>;
  return <>{formatBoundedPence(p)}</>;
}

/** A count per 10,000 residents, its unit named: "1.9 cameras per 10,000 residents". */
export function CountPer10k({ figure, population, unit, missing = '–' }: Props & { unit: CountMetric }) {
  const reason = unavailable(figure, population, missing);
  const t = figure && !reason ? tenthsPer10kResidents(figure, population) : null;
  if (!t) return <span className="muted">{reason}</span>;
  return <>{`${formatBounded(formatTenths(t.value), t.bound)} ${unitLabel(unit)} per 10,000 residents`}</>;
}
