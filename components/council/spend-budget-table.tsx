import { FigureCell } from '@/components/ui/figure-cell';
import { TableWrap } from '@/components/ui/table-wrap';
import type { YearFigure } from '@/lib/domain/figure';
import { formatFinancialYear, yearsOf } from '@/lib/domain/financial-year';

/** The chart's numbers: actual spend and budget for every year either is known. */
export function SpendBudgetTable({ spend, budget }: { spend: YearFigure[]; budget: YearFigure[] }) {
  const years = yearsOf(spend, budget);
  if (years.length === 0) return <p className="empty">No spending or budget figures in the sources.</p>;
  return (
    <TableWrap label="Spend and budget by year">
      <table>
        <caption>Actual spend and budget on CCTV by financial year (April to March).</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="num">
              Actual spend
            </th>
            <th scope="col" className="num">
              Budget
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{formatFinancialYear(year)}</th>
              <td className="num">
                <FigureCell figure={spend.find((f) => f.year === year)} missing="no figure" />
              </td>
              <td className="num">
                <FigureCell figure={budget.find((f) => f.year === year)} missing="no budget figure" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
