import { FigureCell } from '@/components/ui/figure-cell';
import { MoneyPerResident } from '@/components/ui/per-resident';
import { TableWrap } from '@/components/ui/table-wrap';
import { POPULATION_YEAR } from '@/lib/councils/population';
import type { YearFigure } from '@/lib/domain/figure';
import { formatFinancialYear, yearsOf } from '@/lib/domain/financial-year';
import { formatCount } from '@/lib/format';

interface Props {
  spend: YearFigure[];
  budget: YearFigure[];
  /** The council's residents in mid-2020: the per-resident columns divide by it; none without it. */
  population: number | null;
}

/** The chart's numbers: actual spend and budget for every year either is known, each also per resident. */
export function SpendBudgetTable({ spend, budget, population }: Props) {
  const years = yearsOf(spend, budget);
  if (years.length === 0) return <p className="empty">No spending or budget figures in the sources.</p>;
  return (
    <TableWrap label="Spend and budget by year">
      <table>
        <caption>
          Actual spend and budget on CCTV by financial year (April to March)
          {population
            ? `, in total and per resident: ${formatCount(population)} residents in mid-${POPULATION_YEAR}, ` +
              'the population year used for every row.'
            : '.'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="num">
              Actual spend
            </th>
            {population && (
              <th scope="col" className="num">
                Spend per resident
              </th>
            )}
            <th scope="col" className="num">
              Budget
            </th>
            {population && (
              <th scope="col" className="num">
                Budget per resident
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => {
            const s = spend.find((f) => f.year === year);
            const b = budget.find((f) => f.year === year);
            return (
              <tr key={year}>
                <th scope="row">{formatFinancialYear(year)}</th>
                <td className="num">
                  <FigureCell figure={s} missing="no figure" />
                </td>
                {population && (
                  <td className="num">
                    <MoneyPerResident figure={s} population={population} />
                  </td>
                )}
                <td className="num">
                  <FigureCell figure={b} missing="no budget figure" />
                </td>
                {population && (
                  <td className="num">
                    <MoneyPerResident figure={b} population={population} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
