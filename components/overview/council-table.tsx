import { Count, LinkedFigure, Money } from '@/components/ui/figure';
import { TableWrap } from '@/components/ui/table-wrap';
import { formatChange, formatFinancialYear, formatMoney } from '@/lib/format';
import type { CouncilSummary, YearFigure } from '@/lib/queries/summarise';

function Change({ council }: { council: CouncilSummary }) {
  const { latestSpend: now, previousSpend: before } = council;
  if (!now || !before) return <span className="muted">no earlier year</span>;
  if (now.conflicts.length || before.conflicts.length) return <span className="muted">sources differ</span>;
  if (now.bound !== 'exact' || before.bound !== 'exact') return <span className="muted">not exact</span>;
  const diff = now.value - before.value;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '';
  return (
    <>
      {sign}
      {formatMoney(Math.abs(diff))} ({before.value ? formatChange(diff / before.value) : 'n/a'})
    </>
  );
}

/** A figure that is its own link to its source sentence, with its year. */
function Cell({ figure, missing, unit }: { figure: YearFigure | null; missing: string; unit?: string }) {
  if (!figure) return <span className="muted">{missing}</span>;
  const value = unit ? <Count figure={figure} unit={unit} /> : <Money figure={figure} />;
  return (
    <>
      <LinkedFigure figure={figure}>{value}</LinkedFigure>
      <div className="muted">{formatFinancialYear(figure.year)}</div>
    </>
  );
}

export function CouncilTable({ councils, caption }: { councils: CouncilSummary[]; caption: string }) {
  if (councils.length === 0) {
    return (
      <p className="empty">
        No council figures yet. Add an article with npm run ingest or to seeds/ and run npm run db:seed.
      </p>
    );
  }
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
                <Cell figure={c.latestSpend} missing="no spend figure" />
              </td>
              <td className="num">
                <Change council={c} />
              </td>
              <td className="num">
                <Cell figure={c.latestBudget} missing="no budget figure" />
              </td>
              <td className="num">
                <Cell
                  figure={c.cameras}
                  missing="not given"
                  unit={c.cameras?.unit === 'cameras' ? 'cameras' : 'camera sites'}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
