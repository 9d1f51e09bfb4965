import { Money } from '@/components/ui/figure';
import { formatFinancialYear } from '@/lib/format';
import type { CouncilSummary } from '@/lib/queries/summarise';
import { TableWrap } from '@/components/ui/table-wrap';

/** The charted councils' actual spend in every year the sources give: the chart, as numbers. */
export function SpendByYearTable({ councils }: { councils: CouncilSummary[] }) {
  const years = [...new Set(councils.flatMap((c) => c.spend.map((s) => s.year)))].sort((a, b) => a - b);
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
