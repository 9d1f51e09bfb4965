import { formatFact } from '@/lib/format';
import type { SourceFact } from '@/lib/queries/sources';

/** The page that shows a fact: its council's page, or the England page. */
export function factPageHref(f: SourceFact): string {
  return f.scope === 'council' && f.council ? `/councils/${f.council.slug}#fact-${f.id}` : `/england#fact-${f.id}`;
}

/** "Actual spend, Hertsmere, 2016-17: £129,000". */
export function describeSourceFact(f: SourceFact): string {
  return formatFact(f, f.scope === 'council' ? f.council?.name : 'England');
}
