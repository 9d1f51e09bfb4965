import { FigureCell } from '@/components/ui/figure-cell';
import { TableWrap } from '@/components/ui/table-wrap';
import {
  COUNCIL_ORDERS,
  orderCouncils,
  type CouncilOrder,
  type CouncilSort,
  type ListedCouncil,
} from '@/lib/domain/council-order';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import { NoCouncilFigures } from './no-council-figures';

/**
 * Every council with figures, A to Z or ranked by one figure: name, region and that figure, each
 * linked to its sentence. Lean on purpose (350 rows in the scale benchmark); the council page has
 * the rest. A ranking lists the councils without its figure after it, under a heading that says so.
 */
export function CouncilIndex({ councils, sort }: { councils: ListedCouncil[]; sort: CouncilSort }) {
  if (councils.length === 0) return <NoCouncilFigures />;
  const order = COUNCIL_ORDERS[sort];
  const { listed, without } = orderCouncils(councils, sort);
  const what = order.column.toLowerCase();
  return (
    <TableWrap label={order.title}>
      <table>
        <caption>
          {order.ranked
            ? `Every council in the sources by its latest ${what}, highest first` +
              (without.length ? `; those with no figure for it follow, A to Z.` : '.')
            : 'Every council in the sources, A to Z, with its latest actual spend on CCTV.'}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={order.ranked ? undefined : 'ascending'}>
              Council
            </th>
            <th scope="col">Region</th>
            <th scope="col" className="num" aria-sort={order.ranked ? 'descending' : undefined}>
              {order.column}
            </th>
            <th scope="col">Year</th>
          </tr>
        </thead>
        <tbody>
          {listed.map((c) => (
            <CouncilRow key={c.slug} council={c} order={order} />
          ))}
        </tbody>
        {without.length > 0 && (
          <tbody>
            <tr>
              <th scope="colgroup" colSpan={4} className="group-heading">
                No {what} figure in the sources, A to Z
              </th>
            </tr>
            {without.map((c) => (
              <CouncilRow key={c.slug} council={c} order={order} />
            ))}
          </tbody>
        )}
      </table>
    </TableWrap>
  );
}

function CouncilRow({ council: c, order }: { council: ListedCouncil; order: CouncilOrder }) {
  const figure = order.figure(c);
  return (
    <tr>
      <th scope="row">
        <a href={`/councils/${c.slug}`}>{c.name}</a>
      </th>
      <td>{c.region}</td>
      {figure ? (
        <>
          <td className="num">
            <FigureCell figure={figure} missing="" unit={order.unit} link="figure" />
          </td>
          <td>{formatFinancialYear(figure.year)}</td>
        </>
      ) : (
        <td colSpan={2} className="muted">
          {order.missing}
        </td>
      )}
    </tr>
  );
}
