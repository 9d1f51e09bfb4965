import { SEARCH_MAX_LENGTH } from '@/lib/validation/params';
import { CouncilCombobox } from './council-combobox';

const INPUT_ID = 'council-search-q';
const HINT_ID = 'council-search-hint';

/**
 * "Find a council": a GET form to /councils?q= that works without JavaScript; with it, the input
 * suggests councils as the reader types (council-combobox.tsx, docs/decisions/018-council-search.md).
 */
export function CouncilSearch({ query = '' }: { query?: string }) {
  return (
    <form
      className="choice-form council-search"
      action="/councils"
      method="get"
      role="search"
      aria-label="Find a council"
    >
      <div className="search-field">
        <label htmlFor={INPUT_ID}>Council name</label>
        <CouncilCombobox inputId={INPUT_ID} hintId={HINT_ID} defaultValue={query} maxLength={SEARCH_MAX_LENGTH} />
        <span id={HINT_ID} className="hint">
          Its common or official name, or part of it: &ldquo;Welwyn&rdquo;, &ldquo;Hull City Council&rdquo;
        </span>
      </div>
      <button type="submit">Search</button>
    </form>
  );
}
