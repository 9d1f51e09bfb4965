import { councils } from '@/lib/councils';
import { ENGLAND } from '@/lib/review/status';
import { COUNCIL_LIST_ID } from './reading-fields';

/** The searchable council list every council field offers (a datalist: type to filter). */
export function CouncilOptions() {
  const names = [...new Set(councils.filter((c) => !c.endDate).map((c) => c.name))].sort();
  const former = [...new Set(councils.filter((c) => c.endDate).map((c) => c.name))].filter((n) => !names.includes(n));
  return (
    <datalist id={COUNCIL_LIST_ID}>
      <option value={ENGLAND} />
      {[...names, ...former.sort()].map((n) => (
        <option key={n} value={n} />
      ))}
    </datalist>
  );
}
