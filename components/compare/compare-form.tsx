import type { CouncilRef } from '@/lib/queries/council';

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
  const options = (exclude?: string) =>
    councils
      .filter((c) => c.slug !== exclude)
      .map((c) => (
        <option key={c.slug} value={c.slug}>
          {c.name}
        </option>
      ));
  return (
    <form className="compare-form" action="/compare" method="get" aria-label="Compare two councils">
      {fixedA ? (
        <input type="hidden" name="a" value={fixedA.slug} />
      ) : (
        <label>
          First council
          <select name="a" defaultValue={a ?? ''} required>
            <option value="" disabled>
              Choose a council
            </option>
            {options()}
          </select>
        </label>
      )}
      <label>
        {fixedA ? `Compare ${fixedA.name} with` : 'Second council'}
        <select name="b" defaultValue={b ?? ''} required>
          <option value="" disabled>
            Choose a council
          </option>
          {options(fixedA?.slug)}
        </select>
      </label>
      <button type="submit">Compare</button>
    </form>
  );
}
