import { Count, Money, Share, SourceLink, Year } from '@/components/ui/figure';
import { formatBounded, formatMoney } from '@/lib/format';
import { unitLabel } from '@/lib/labels';
import type { CouncilDetail } from '@/lib/queries/council';

/** Cameras or sites, cost per unit, share of England, and how many councils spent more. */
export function KeyFigures({ detail }: { detail: CouncilDetail }) {
  const camera = detail.cameras.at(-1);
  const site = detail.sites.at(-1);
  const { perUnit } = detail;
  const share = detail.englandShare.at(-1);
  return (
    <div className="cards">
      <section className="card" aria-labelledby="kf-cameras">
        <h3 id="kf-cameras" className="muted" style={{ margin: 0, fontSize: '0.9rem' }}>
          Cameras and sites
        </h3>
        {camera && (
          <p style={{ margin: '0.25rem 0' }}>
            <span className="figure">
              <Count figure={camera} unit="cameras" />
            </span>
            <Year year={camera.year} /> · <SourceLink source={camera.source} />
          </p>
        )}
        {site && (
          <p style={{ margin: '0.25rem 0' }}>
            <span className="figure">
              <Count figure={site} unit="camera sites" />
            </span>
            <Year year={site.year} /> · <SourceLink source={site.source} />
          </p>
        )}
        {!camera && !site && <p className="muted">No camera or site count in the sources.</p>}
      </section>

      <section className="card" aria-labelledby="kf-per-unit">
        <h3 id="kf-per-unit" className="muted" style={{ margin: 0, fontSize: '0.9rem' }}>
          Spend per {perUnit ? unitLabel(perUnit.unit, 1) : 'camera'}
        </h3>
        {perUnit ? (
          <>
            <span className="figure">
              {formatBounded(formatMoney(Math.round(perUnit.cost.value)), perUnit.cost.bound)}
            </span>
            <p className="muted" style={{ margin: 0 }}>
              per {unitLabel(perUnit.unit, 1)}: <Money figure={perUnit.spend} /> spent in{' '}
              <Year year={perUnit.spend.year} /> over {perUnit.count.value} {unitLabel(perUnit.unit)} (counted{' '}
              <Year year={perUnit.count.year} />)
            </p>
          </>
        ) : (
          <p className="muted">Needs both a spend figure and a camera or site count.</p>
        )}
      </section>

      <section className="card" aria-labelledby="kf-share">
        <h3 id="kf-share" className="muted" style={{ margin: 0, fontSize: '0.9rem' }}>
          Share of England’s total
        </h3>
        {share ? (
          <>
            <span className="figure">
              <Share ratio={share.share} />
            </span>
            <p className="muted" style={{ margin: 0 }}>
              <Money figure={share.part} /> of <Money figure={share.whole} /> in <Year year={share.year} /> ·{' '}
              <SourceLink source={share.whole.source} label="England source" />
            </p>
          </>
        ) : (
          <p className="muted">No England total for a year this council has a spend figure.</p>
        )}
      </section>

      <section className="card" aria-labelledby="kf-rank">
        <h3 id="kf-rank" className="muted" style={{ margin: 0, fontSize: '0.9rem' }}>
          Councils that spent more
        </h3>
        {detail.councilsSpendingMore.length ? (
          detail.councilsSpendingMore.map((f) => (
            <p key={f.source.factId} style={{ margin: '0.25rem 0' }}>
              <span className="figure">{formatBounded(String(f.value), f.bound)}</span>
              councils spent more in <Year year={f.year} /> · <SourceLink source={f.source} />
            </p>
          ))
        ) : (
          <p className="muted">The sources give no ranking for this council.</p>
        )}
      </section>
    </div>
  );
}
