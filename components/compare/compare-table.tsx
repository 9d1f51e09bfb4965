import { FigureCell } from '@/components/ui/figure-cell';
import { TableWrap } from '@/components/ui/table-wrap';
import type { CompareRow } from '@/lib/domain/compare';
import type { Source } from '@/lib/domain/figure';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import type { CouncilRef } from '@/lib/domain/series';
import { formatChange, formatMoney, formatPence, formatSigned } from '@/lib/format';

/** Totals in pounds, or per resident in pence (the rows were divided already). */
export type CompareView = 'total' | 'resident';

interface Props {
  a: CouncilRef;
  b: CouncilRef;
  rows: Array<CompareRow<Source>>;
  view: CompareView;
}

/**
 * Each year's spend and budget for both councils, and how far apart their spend is. On a narrow
 * screen each year is a block of its own (globals.css, .stacked): every cell carries its column's
 * name, and the explicit roles keep the table a table for screen readers once it is restyled.
 */
export function CompareTable({ a, b, rows, view }: Props) {
  if (rows.length === 0) {
    return (
      <p className="empty">
        {view === 'resident'
          ? 'Neither council has a spending or budget figure with a population to divide it by.'
          : 'Neither council has spending or budget figures in the sources.'}
      </p>
    );
  }
  const per = view === 'resident' ? ' per resident' : '';
  const unit = view === 'resident' ? 'pence' : undefined;
  const amount = view === 'resident' ? formatPence : formatMoney;
  const columns = [
    `${a.name} spend${per}`,
    `${b.name} spend${per}`,
    'Difference',
    `${a.name} budget${per}`,
    `${b.name} budget${per}`,
  ];
  return (
    <TableWrap label={view === 'resident' ? 'Spend and budget per resident compared' : 'Spend and budget compared'}>
      <table className="stacked" role="table">
        <caption>
          {view === 'resident' ? 'Spend and budget per resident' : 'Spend and budget'} by financial year. The difference
          is {b.name} minus {a.name}.
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Year
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" role="columnheader" className="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((r) => {
            const d = r.spendDifference;
            return (
              <tr key={r.year} role="row">
                <th scope="row" role="rowheader">
                  {formatFinancialYear(r.year)}
                </th>
                <td className="num" role="cell" data-label={columns[0]}>
                  <FigureCell figure={r.a.spend} unit={unit} missing="–" />
                </td>
                <td className="num" role="cell" data-label={columns[1]}>
                  <FigureCell figure={r.b.spend} unit={unit} missing="–" />
                </td>
                <td className="num" role="cell" data-label={columns[2]}>
                  {d ? (
                    <>
                      {!d.exact && 'about '}
                      {formatSigned(d.amount, amount)}
                      {d.relative !== null && <div className="muted">{formatChange(d.relative)}</div>}
                    </>
                  ) : (
                    <span className="muted">needs both</span>
                  )}
                </td>
                <td className="num" role="cell" data-label={columns[3]}>
                  <FigureCell figure={r.a.budget} unit={unit} missing="–" />
                </td>
                <td className="num" role="cell" data-label={columns[4]}>
                  <FigureCell figure={r.b.budget} unit={unit} missing="–" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
