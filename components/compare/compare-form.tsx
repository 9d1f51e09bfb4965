import { councilOptionsHtml } from '@/components/ui/options-html';
import type { CouncilRef } from '@/lib/domain/series';

/**
 * A plain GET form to /compare: it works without JavaScript. With `fixedA` (a council page's
 * "compare with" control) the first council is fixed and only the second is chosen.
 */
export function CompareForm({
  councils,
  a,
  b,
  fixedA,
}: {
  councils: CouncilRef[];
  a?: string | null;
  b?: string | null;
  fixedA?: CouncilRef;
}) {
  return (
    <form className="choice-form" action="/compare" method="get" aria-label="Compare two councils">
      {fixedA ? (
        <input type="hidden" name="a" value={fixedA.slug} />
      ) : (
        <label>
          First council
          <select name="a" required dangerouslySetInnerHTML={councilOptionsHtml(councils, a)} />
        </label>
      )}
      <label>
        {fixedA ? `Compare ${fixedA.name} with` : 'Second council'}
        <select name="b" required dangerouslySetInnerHTML={councilOptionsHtml(councils, b, fixedA?.slug)} />
      </label>
      <button type="submit">Compare</button>
    </form>
  );
}
