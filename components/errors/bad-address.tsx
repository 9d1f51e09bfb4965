import Link from 'next/link';
import { CompareChooser } from '@/components/compare/comparison';
import { FindCouncil } from '@/components/councils/find-council';
import type { CouncilRef } from '@/lib/domain/series';
import type { BadAddressKind } from '@/lib/validation/address';

const MESSAGES: Record<Exclude<BadAddressKind, 'compare'>, string> = {
  council:
    'That is not a council’s address. Council addresses use the council’s common name in lower case, ' +
    'such as /councils/welwyn-hatfield. Choose a council below.',
  find: 'That is not a council we can look up. Choose one from the list.',
  source: 'That is not an article’s address. Article addresses are lower-case words joined by hyphens.',
};

/** What a malformed address gets: a message saying what is wrong, and the form to choose again. */
export function BadAddress({ kind, councils }: { kind: BadAddressKind; councils: CouncilRef[] }) {
  if (kind === 'compare') return <CompareChooser councils={councils} reason="invalid" />;
  return (
    <>
      <h1>{kind === 'source' ? 'Source not found' : 'Council not found'}</h1>
      <p className="notice" role="status">
        {MESSAGES[kind]}
      </p>
      {kind === 'source' ? (
        <p>
          <Link href="/">Back to the overview</Link>
        </p>
      ) : (
        <FindCouncil councils={councils} />
      )}
    </>
  );
}
