import type { CouncilRef } from '@/lib/queries/council';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

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
  // Options go in as one HTML string: with 350 councils, two selects of React elements were
  // most of the compare page's render time (npm run bench, scale). Names are escaped.
  const options = (selected: string | null | undefined, exclude?: string) => ({
    __html:
      `<option value=""${selected ? '' : ' selected'} disabled>Choose a council</option>` +
      councils
        .filter((c) => c.slug !== exclude)
        .map((c) => `<option value="${escapeHtml(c.slug)}"${c.slug === selected ? ' selected' : ''}>${escapeHtml(c.name)}</option>`)
        .join(''),
  });
  return (
    <form className="compare-form" action="/compare" method="get" aria-label="Compare two councils">
      {fixedA ? (
        <input type="hidden" name="a" value={fixedA.slug} />
      ) : (
        <label>
          First council
          <select name="a" required dangerouslySetInnerHTML={options(a)} />
        </label>
      )}
      <label>
        {fixedA ? `Compare ${fixedA.name} with` : 'Second council'}
        <select name="b" required dangerouslySetInnerHTML={options(b, fixedA?.slug)} />
      </label>
      <button type="submit">Compare</button>
    </form>
  );
}
