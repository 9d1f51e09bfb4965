import Link from 'next/link';
import { SourceCitation } from '@/components/sources/citation';
import { Money, Share } from '@/components/ui/figure';
import { TableWrap } from '@/components/ui/table-wrap';
import type { KnownShare } from '@/lib/domain/england';
import type { Source } from '@/lib/domain/figure';
import { formatFinancialYear } from '@/lib/domain/financial-year';
import { formatMoney } from '@/lib/format';

/** For each year with an England total: each known council's spend and share of it, and theirs together. */
export function KnownShares({ shares }: { shares: Array<KnownShare<Source>> }) {
  const years = shares.filter((s) => s.councils.length > 0);
  if (years.length === 0) return <p className="empty">No council spend figure shares a year with an England total.</p>;
  return years.map((s) => (
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
                <Money figure={c.spend} />
                {c.spend.conflicts.length === 0 && (
                  <div className="muted">
                    <SourceCitation source={c.spend.source} year={c.spend.year} />
                  </div>
                )}
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
  ));
}
