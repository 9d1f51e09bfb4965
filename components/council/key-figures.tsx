import { SourceCitation } from '@/components/sources/citation';
import { Count, FigureMarker, Money, Share, Year } from '@/components/ui/figure';
import { CountPer10k, MoneyPerResident } from '@/components/ui/per-resident';
import { UncheckedMarker } from '@/components/ui/review-marker';
import { POPULATION_YEAR } from '@/lib/councils/population';
import { unitLabel } from '@/lib/domain/metrics';
import { formatBounded, formatCount, formatMoney } from '@/lib/format';
import type { CouncilDetail } from '@/lib/queries/council';

/** Cameras or sites, cost per unit, share of England, and how many councils spent more. */
export function KeyFigures({ detail }: { detail: CouncilDetail }) {
  const camera = detail.series.cameras.at(-1);
  const site = detail.series.camera_sites.at(-1);
  const { perUnit } = detail;
  const share = detail.englandShare.at(-1);
  return (
    <div className="cards">
      <section className="card" aria-labelledby="kf-cameras">
        <h3 id="kf-cameras" className="card-title">
          Cameras and sites
        </h3>
        {camera && (
          <p className="card-line">
            <span className="figure">
              <Count figure={camera} unit={unitLabel('cameras')} marker={false} />
            </span>
            <FigureMarker figure={camera} /> <SourceCitation source={camera.source} year={camera.year} />
          </p>
        )}
        {site && (
          <p className="card-line">
            <span className="figure">
              <Count figure={site} unit={unitLabel('camera_sites')} marker={false} />
            </span>
            <FigureMarker figure={site} /> <SourceCitation source={site.source} year={site.year} />
          </p>
        )}
        {!camera && !site && <p className="muted">No camera or site count in the sources.</p>}
      </section>

      <PerResidentCard detail={detail} />

      <section className="card" aria-labelledby="kf-per-unit">
        <h3 id="kf-per-unit" className="card-title">
          Spend per {unitLabel(perUnit?.unit ?? 'cameras', 1)}
        </h3>
        {perUnit ? (
          <>
            <span className="figure">
              {formatBounded(formatMoney(Math.round(perUnit.cost.value)), perUnit.cost.bound)}
            </span>
            <p className="muted card-note">
              per {unitLabel(perUnit.unit, 1)}: <Money figure={perUnit.spend} /> spent in{' '}
              <Year year={perUnit.spend.year} /> over <Count figure={perUnit.count} unit={unitLabel(perUnit.unit)} />{' '}
              (counted <Year year={perUnit.count.year} />)
            </p>
          </>
        ) : (
          <p className="muted">Needs both a spend figure and a camera or site count.</p>
        )}
      </section>

      <section className="card" aria-labelledby="kf-share">
        <h3 id="kf-share" className="card-title">
          Share of England’s total
        </h3>
        {share ? (
          <>
            <span className="figure">
              <Share ratio={share.share} />
            </span>
            <p className="muted card-note">
              <Money figure={share.part} /> of <Money figure={share.whole} /> in <Year year={share.year} />. England’s
              total: <SourceCitation source={share.whole.source} year={share.whole.year} />
            </p>
          </>
        ) : (
          <p className="muted">No England total for a year this council has a spend figure.</p>
        )}
      </section>

      <section className="card" aria-labelledby="kf-rank">
        <h3 id="kf-rank" className="card-title">
          Councils that spent more
        </h3>
        {detail.councilsSpendingMore.length ? (
          detail.councilsSpendingMore.map((f) => (
            <p key={f.source.factId} className="card-line">
              <span className="figure">{formatBounded(String(f.value), f.bound)}</span>
              councils spent more in <Year year={f.year} />
              <UncheckedMarker status={f.source.status} /> · <SourceCitation source={f.source} year={f.year} />
            </p>
          ))
        ) : (
          <p className="muted">The sources give no ranking for this council.</p>
        )}
      </section>
    </div>
  );
}

/**
 * The latest spend and budget per resident, and cameras and sites per 10,000 residents (each in its
 * own unit), with the population and its year.
 */
function PerResidentCard({ detail }: { detail: CouncilDetail }) {
  const { population, series } = detail;
  const spend = series.spend.at(-1);
  const budget = series.budget.at(-1);
  const camera = series.cameras.at(-1);
  const site = series.camera_sites.at(-1);
  return (
    <section className="card" aria-labelledby="kf-per-resident">
      <h3 id="kf-per-resident" className="card-title">
        Per resident
      </h3>
      {!population ? (
        <p className="muted">The council list gives no mid-{POPULATION_YEAR} population for this council.</p>
      ) : !spend && !budget && !camera && !site ? (
        <p className="muted">Needs a spend, budget or camera figure.</p>
      ) : (
        <>
          {spend && (
            <p className="card-line">
              <span className="figure">
                <MoneyPerResident figure={spend} population={population} />
              </span>{' '}
              spent per resident in <Year year={spend.year} />
            </p>
          )}
          {budget && (
            <p className="card-line">
              <MoneyPerResident figure={budget} population={population} /> budgeted per resident in{' '}
              <Year year={budget.year} />
            </p>
          )}
          {camera && (
            <p className="card-line">
              <CountPer10k figure={camera} population={population} unit="cameras" /> (<Year year={camera.year} />)
            </p>
          )}
          {site && (
            <p className="card-line">
              <CountPer10k figure={site} population={population} unit="camera_sites" /> (<Year year={site.year} />)
            </p>
          )}
          <p className="muted card-note">
            Over {formatCount(population)} residents: the council’s population in mid-{POPULATION_YEAR} (ONS estimate),
            used for every year.
          </p>
        </>
      )}
    </section>
  );
}
