import { SourceCitation } from '@/components/sources/citation';
import { Count } from '@/components/ui/figure';
import { CountPer10k } from '@/components/ui/per-resident';
import { TableWrap } from '@/components/ui/table-wrap';
import type { YearFigure } from '@/lib/domain/figure';
import { unitLabel, type CountMetric } from '@/lib/domain/metrics';
import type { CouncilDetail } from '@/lib/queries/council';

/** The latest count; with `population` given (per resident), also per 10,000 residents. */
function Latest({ list, unit, population }: { list: YearFigure[]; unit: CountMetric; population?: number | null }) {
  const f = list.at(-1);
  if (!f) return <span className="muted">not given</span>;
  return (
    <>
      <Count figure={f} unit={unitLabel(unit)} />
      {population !== undefined && (
        <div>
          <CountPer10k figure={f} population={population} unit={unit} />
        </div>
      )}
      {f.conflicts.length === 0 && (
        <div className="muted">
          <SourceCitation source={f.source} year={f.year} />
        </div>
      )}
    </>
  );
}

/**
 * Cameras and camera sites side by side, each in its own unit: never added together; per resident,
 * each also per 10,000 residents.
 */
export function CameraCounts({ a, b, perResident }: { a: CouncilDetail; b: CouncilDetail; perResident: boolean }) {
  return (
    <TableWrap label="Cameras and sites compared">
      <table>
        <caption>Cameras and camera sites are different units and are shown separately.</caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            <th scope="col" className="num">
              Cameras
            </th>
            <th scope="col" className="num">
              Camera sites
            </th>
          </tr>
        </thead>
        <tbody>
          {[a, b].map((d) => {
            const population = perResident ? d.population : undefined;
            return (
              <tr key={d.council.slug}>
                <th scope="row">{d.council.name}</th>
                <td className="num">
                  <Latest list={d.series.cameras} unit="cameras" population={population} />
                </td>
                <td className="num">
                  <Latest list={d.series.camera_sites} unit="camera_sites" population={population} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
