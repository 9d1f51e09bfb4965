import { Money } from '@/components/ui/figure';
import { TableWrap } from '@/components/ui/table-wrap';
import type { SourceRef } from '@/lib/domain/figure';
import { formatFinancialYear, yearsOf } from '@/lib/domain/financial-year';
import type { CouncilSummary } from '@/lib/domain/series';

/** The charted councils' actual spend in every year the sources give: the chart, as numbers. */
export function SpendByYearTable({ councils }: { councils: Array<CouncilSummary<SourceRef>> }) {
  const years = yearsOf(...councils.map((c) => c.spend));
  if (years.length === 0) return <p className="empty">No spending figures in the sources yet.</p>;
  return (
    <TableWrap label="Spend by year">
      <table>
        <caption>Actual spend on CCTV by financial year (April to March).</caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            {years.map((y) => (
              <th scope="col" className="num" key={y}>
                {formatFinancialYear(y)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {councils.map((c) => (
            <tr key={c.slug}>
              <th scope="row">{c.name}</th>
              {years.map((y) => {
                const figure = c.spend.find((s) => s.year === y);
                return (
                  <td className="num" key={y}>
                    {figure ? (
                      <Money figure={figure} />
                    ) : (
                      <span className="muted" aria-label="no figure">
                        –
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
