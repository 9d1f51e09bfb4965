import { councilOptionsHtml } from '@/components/ui/options-html';
import type { CouncilRef } from '@/lib/domain/series';

/** Jumps to a council's page. A plain GET form: /councils/find redirects, so no JavaScript is needed. */
export function FindCouncil({ councils }: { councils: CouncilRef[] }) {
  if (councils.length === 0) return null;
  return (
    <form className="choice-form" action="/councils/find" method="get" aria-label="Find a council">
      <label>
        Council
        <select name="council" required dangerouslySetInnerHTML={councilOptionsHtml(councils)} />
      </label>
      <button type="submit">Show its figures</button>
    </form>
  );
}
