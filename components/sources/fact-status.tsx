import { describeCorrection } from '@/lib/review/describe';
import { UNCHECKED_HELP_HREF, UNCHECKED_LABEL } from '@/lib/review/status';
import type { SourceFact } from '@/lib/queries/sources';

// The sentence ends after it: an editor's own full stop is not doubled.
const reasonOf = (f: SourceFact) => (f.reason?.trim() ? `. Reason: ${f.reason.trim().replace(/\.+$/, '')}` : '');

/**
 * A figure's review status in words, and for a correction what the parser read and what it was
 * corrected to, with the editor's reason. Never who decided it: editors' emails are private.
 */
export function FactStatus({ fact }: { fact: SourceFact }) {
  switch (fact.status) {
    case 'unchecked':
      return <a href={UNCHECKED_HELP_HREF}>{UNCHECKED_LABEL}</a>;
    case 'confirmed':
      return <>{fact.origin === 'editor' ? 'added by an editor' : 'confirmed by an editor'}</>;
    case 'corrected': {
      const changes = fact.machineReading ? describeCorrection(fact.machineReading, fact) : [];
      return (
        <>
          corrected by an editor{changes.length > 0 && `. ${changes.join('. ')}`}
          {reasonOf(fact)}
        </>
      );
    }
    case 'rejected':
      return <>rejected by an editor{reasonOf(fact)}</>;
  }
}
