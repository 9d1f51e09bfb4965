import { FigureCell } from '@/components/ui/figure-cell';
import { CountPer10k, MoneyPerResident } from '@/components/ui/per-resident';
import { TableWrap } from '@/components/ui/table-wrap';
import type { SourceRef } from '@/lib/domain/figure';
import type { CouncilSummary } from '@/lib/domain/series';
import type { ListedCouncil } from '@/lib/domain/council-order';
import { formatChange, formatMoney, formatSigned } from '@/lib/format';
import { NoCouncilFigures } from '@/components/councils/no-council-figures';

function Change({ council }: { council: CouncilSummary<SourceRef> }) {
  const { latestSpend: now, previousSpend: before } = council;
  if (!now || !before) return <span className="muted">no earlier year</span>;
  if (now.conflicts.length || before.conflicts.length) return <span className="muted">sources differ</span>;
  if (now.bound !== 'exact' || before.bound !== 'exact') return <span className="muted">not exact</span>;
  const diff = now.value - before.value;
  return (
    <>
      {formatSigned(diff, formatMoney)} ({before.value ? formatChange(diff / before.value) : 'n/a'})
    </>
  );
}

export function CouncilTable({ councils, caption }: { councils: ListedCouncil[]; caption: string }) {
  if (councils.length === 0) return <NoCouncilFigures />;
  return (
    <TableWrap label="Latest figures by council" wide>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            <th scope="col" className="num">
              Latest spend
            </th>
            <th scope="col" className="num">
              Spend per resident
            </th>
            <th scope="col" className="num">
              Change on year before
            </th>
            <th scope="col" className="num">
              Latest budget
            </th>
            <th scope="col" className="num">
              Cameras or sites
            </th>
          </tr>
        </thead>
        <tbody>
          {councils.map((c) => (
            <tr key={c.slug}>
              <th scope="row">
                <a href={`/councils/${c.slug}`}>{c.name}</a>
                <div className="muted">{c.region}</div>
              </th>
              <td className="num">
                <FigureCell figure={c.latestSpend} missing="no spend figure" link="figure" showYear />
              </td>
              <td className="num">
                <MoneyPerResident figure={c.latestSpend} population={c.population} />
              </td>
              <td className="num">
                <Change council={c} />
              </td>
              <td className="num">
                <FigureCell figure={c.latestBudget} missing="no budget figure" link="figure" showYear />
              </td>
              <td className="num">
                <FigureCell figure={c.cameras} unit={c.cameras?.unit} missing="not given" link="figure" showYear />
                {c.cameras && c.population && (
                  <div className="muted">
                    <CountPer10k figure={c.cameras} population={c.population} unit={c.cameras.unit} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
