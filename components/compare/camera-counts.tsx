import { SourceCitation } from '@/components/sources/citation';
import { Count } from '@/components/ui/figure';
import { TableWrap } from '@/components/ui/table-wrap';
import type { YearFigure } from '@/lib/domain/figure';
import { unitLabel, type CountMetric } from '@/lib/domain/metrics';
import type { CouncilDetail } from '@/lib/queries/council';

function Latest({ list, unit }: { list: YearFigure[]; unit: CountMetric }) {
  const f = list.at(-1);
  if (!f) return <span className="muted">not given</span>;
  return (
    <>
      <Count figure={f} unit={unitLabel(unit)} />
      {f.conflicts.length === 0 && (
        <div className="muted">
          <SourceCitation source={f.source} year={f.year} />
        </div>
      )}
    </>
  );
}

/** Cameras and camera sites side by side, each in its own unit: never added together. */
export function CameraCounts({ a, b }: { a: CouncilDetail; b: CouncilDetail }) {
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
          {[a, b].map((d) => (
            <tr key={d.council.slug}>
              <th scope="row">{d.council.name}</th>
              <td className="num">
                <Latest list={d.series.cameras} unit="cameras" />
              </td>
              <td className="num">
                <Latest list={d.series.camera_sites} unit="camera_sites" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
