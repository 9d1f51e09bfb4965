import type { Metadata } from 'next';
import Link from 'next/link';
import { Money, Share, SourceLink, Year } from '@/components/ui/figure';
import { formatBounded, formatFinancialYear, formatMoney } from '@/lib/format';
import { getEngland } from '@/lib/queries/england';
import { TableWrap } from '@/components/ui/table-wrap';

export const metadata: Metadata = {
  title: 'England',
  description: 'What councils across England spend on CCTV in total, year by year, and the known councils’ share.',
};

// Served from the cache; regenerated in the background at most every 5 s (README, Caching).
export const revalidate = 5;

export default async function EnglandPage() {
  const { totals, counts, shares } = await getEngland();
  return (
    <>
      <h1>England</h1>
      <p className="lede">
        The total all English councils spent on CCTV, as the sources report it, and where known councils sit in it.
      </p>

      <h2>Total spend by year</h2>
      {totals.length === 0 ? (
        <p className="empty">No England-wide total in the sources yet.</p>
      ) : (
        <ul className="facts-list">
          {totals.map((t) => (
            <li key={t.year} id={`fact-${t.source.factId}`}>
              <strong>
                <Year year={t.year} />: <Money figure={t} />
              </strong>
              <blockquote>“{t.source.quote}”</blockquote>
              <SourceLink source={t.source} label={`See it in ${t.source.articleFile}`} />
            </li>
          ))}
        </ul>
      )}

      <h2>How councils compare</h2>
      {counts.length === 0 ? (
        <p className="empty">The sources give no counts of councils.</p>
      ) : (
        <ul className="facts-list">
          {counts.map((c) => (
            <li key={c.figure.source.factId} id={`fact-${c.figure.source.factId}`}>
              <strong>
                {formatBounded(String(c.figure.value), c.figure.bound)} councils spent more{' '}
                {c.metric === 'councils_spending_more' && c.council ? (
                  <>
                    than <Link href={`/councils/${c.council.slug}`}>{c.council.name}</Link>
                  </>
                ) : (
                  `than ${formatMoney(c.threshold ?? 0)}`
                )}{' '}
                in {formatFinancialYear(c.figure.year)}
              </strong>
              <blockquote>“{c.figure.source.quote}”</blockquote>
              <SourceLink source={c.figure.source} label={`See it in ${c.figure.source.articleFile}`} />
            </li>
          ))}
        </ul>
      )}

      <h2>Known councils’ share of the total</h2>
      {shares.every((s) => s.councils.length === 0) ? (
        <p className="empty">No council spend figure shares a year with an England total.</p>
      ) : (
        shares
          .filter((s) => s.councils.length > 0)
          .map((s) => (
            <TableWrap label={`Shares in ${formatFinancialYear(s.year)}`} key={s.year}>
              <table>
                <caption>
                  {formatFinancialYear(s.year)}: share of England’s <Money figure={s.total} />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Council</th>
                    <th scope="col" className="num">
                      Spend
                    </th>
                    <th scope="col" className="num">
                      Share of England
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.councils.map((c) => (
                    <tr key={c.council.slug}>
                      <th scope="row">
                        <Link href={`/councils/${c.council.slug}`}>{c.council.name}</Link>
                      </th>
                      <td className="num">
                        <Money figure={c.spend} /> <SourceLink source={c.spend.source} />
                      </td>
                      <td className="num">{c.share ? <Share ratio={c.share} /> : '–'}</td>
                    </tr>
                  ))}
                  {s.combined && (
                    <tr>
                      <th scope="row">All {s.councils.length} together</th>
                      <td className="num">{formatMoney(s.combined.value)}</td>
                      <td className="num">{s.combined.share ? <Share ratio={s.combined.share} /> : '–'}</td>
                    </tr>
                  )}
                </tbody>
              </table>
            </TableWrap>
          ))
      )}
    </>
  );
}
