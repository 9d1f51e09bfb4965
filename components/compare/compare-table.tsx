import { FigureCell } from '@/components/ui/figure-cell';
import { TableWrap } from '@/components/ui/table-wrap';
import type { CompareRow } from '@/lib/domain/compare';
import type { Source } from '@/lib/domain/figure';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import type { CouncilRef } from '@/lib/domain/series';
import { formatChange, formatMoney } from '@/lib/format';

/** Each year's spend and budget for both councils, and how far apart their spend is. */
export function CompareTable({ a, b, rows }: { a: CouncilRef; b: CouncilRef; rows: Array<CompareRow<Source>> }) {
  if (rows.length === 0) return <p className="empty">Neither council has spending or budget figures in the sources.</p>;
  return (
    <TableWrap label="Spend and budget compared" wide>
      <table>
        <caption>
          Spend and budget by financial year. The difference is {b.name} minus {a.name}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="num">
              {a.name} spend
            </th>
            <th scope="col" className="num">
              {b.name} spend
            </th>
            <th scope="col" className="num">
              Difference
            </th>
            <th scope="col" className="num">
              {a.name} budget
            </th>
            <th scope="col" className="num">
              {b.name} budget
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const d = r.spendDifference;
            return (
              <tr key={r.year}>
                <th scope="row">{formatFinancialYear(r.year)}</th>
                <td className="num">
                  <FigureCell figure={r.a.spend} missing="–" />
                </td>
                <td className="num">
                  <FigureCell figure={r.b.spend} missing="–" />
                </td>
                <td className="num">
                  {d ? (
                    <>
                      {!d.exact && 'about '}
                      {d.amount === 0 ? '£0' : `${d.amount > 0 ? '+' : '−'}${formatMoney(Math.abs(d.amount))}`}
                      {d.relative !== null && <div className="muted">{formatChange(d.relative)}</div>}
                    </>
                  ) : (
                    <span className="muted">needs both</span>
                  )}
                </td>
                <td className="num">
                  <FigureCell figure={r.a.budget} missing="–" />
                </td>
                <td className="num">
                  <FigureCell figure={r.b.budget} missing="–" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
