import Link from 'next/link';
import { Count, Money, SourceLink, Year } from '@/components/ui/figure';
import { formatChange, formatMoney } from '@/lib/format';
import type { CouncilSummary } from '@/lib/queries/summarise';
import { TableWrap } from '@/components/ui/table-wrap';

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

export function CouncilTable({ councils }: { councils: CouncilSummary[] }) {
  if (councils.length === 0) {
    return <p className="empty">No council figures yet. Add an article to seeds/ and run npm run db:seed.</p>;
  }
  return (
    <TableWrap label="Latest figures for each council" wide>
      <table>
        <caption>Latest figures for each council in the sources, each with a link to the sentence it came from.</caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            <th scope="col" className="num">Latest spend</th>
            <th scope="col" className="num">Change on year before</th>
            <th scope="col" className="num">Latest budget</th>
            <th scope="col" className="num">Cameras or sites</th>
          </tr>
        </thead>
        <tbody>
          {councils.map((c) => (
            <tr key={c.slug}>
              <th scope="row">
                <Link href={`/councils/${c.slug}`}>{c.name}</Link>
                <div className="muted">{c.region}</div>
              </th>
              <td className="num">
                {c.latestSpend ? (
                  <>
                    <Money figure={c.latestSpend} />
                    <div className="muted">
                      <Year year={c.latestSpend.year} /> · <SourceLink source={c.latestSpend.source} />
                    </div>
                  </>
                ) : (
                  <span className="muted">no spend figure</span>
                )}
              </td>
              <td className="num">
                <Change council={c} />
              </td>
              <td className="num">
                {c.latestBudget ? (
                  <>
                    <Money figure={c.latestBudget} />
                    <div className="muted">
                      <Year year={c.latestBudget.year} /> · <SourceLink source={c.latestBudget.source} />
                    </div>
                  </>
                ) : (
                  <span className="muted">no budget figure</span>
                )}
              </td>
              <td className="num">
                {c.cameras ? (
                  <>
                    <Count figure={c.cameras} unit={c.cameras.unit === 'cameras' ? 'cameras' : 'camera sites'} />
                    <div className="muted">
                      <Year year={c.cameras.year} /> · <SourceLink source={c.cameras.source} />
                    </div>
                  </>
                ) : (
                  <span className="muted">not given</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
