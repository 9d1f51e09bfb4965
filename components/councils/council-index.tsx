import { FigureCell } from '@/components/ui/figure-cell';
import { TableWrap } from '@/components/ui/table-wrap';
import type { SourceRef } from '@/lib/domain/figure';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import type { CouncilSummary } from '@/lib/domain/series';
import { NoCouncilFigures } from './no-council-figures';

/**
 * Every council with figures, A to Z: name, region and latest spend, each figure linked to its
 * sentence. Lean on purpose (350 rows in the scale benchmark); the council page has the rest.
 */
export function CouncilIndex({ councils }: { councils: Array<CouncilSummary<SourceRef>> }) {
  if (councils.length === 0) return <NoCouncilFigures />;
  return (
    <TableWrap label="Every council A to Z">
      <table>
        <caption>Every council in the sources, A to Z, with its latest actual spend on CCTV.</caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            <th scope="col">Region</th>
            <th scope="col" className="num">
              Latest spend
            </th>
            <th scope="col">Year</th>
          </tr>
        </thead>
        <tbody>
          {councils.map(({ slug, name, region, latestSpend: s }) => (
            <tr key={slug}>
              <th scope="row">
                <a href={`/councils/${slug}`}>{name}</a>
              </th>
              <td>{region}</td>
              {s ? (
                <>
                  <td className="num">
                    <FigureCell figure={s} missing="" link="figure" />
                  </td>
                  <td>{formatFinancialYear(s.year)}</td>
                </>
              ) : (
                <td colSpan={2} className="muted">
                  no spend figure
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
