'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';

/** One suggestion, as /api/search gives it. */
interface Suggestion {
  slug: string;
  name: string;
  officialName: string;
  abolished: number | null;
  page: string | null;
}

const DEBOUNCE_MS = 150;
const MIN_LENGTH = 2;

// False while rendering on the server and hydrating, true after: the ARIA of a combobox is only
// given once the script that makes it one is running; until then it is a plain search box.
const noSubscription = () => () => {};
const useEnhanced = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * The search form's input, enhanced into a combobox with a list of suggestions (WAI-ARIA APG,
 * "list autocomplete"): ArrowDown and ArrowUp move through them, Enter opens the one highlighted
 * (else submits the form), Escape closes the list. A polite live region says how many match.
 */
export function CouncilCombobox({
  inputId,
  hintId,
  defaultValue,
  maxLength,
}: {
  inputId: string;
  hintId: string;
  defaultValue: string;
  maxLength: number;
}) {
  const enhanced = useEnhanced();
  const [value, setValue] = useState(defaultValue);
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<AbortController>(undefined);
  const listId = `${inputId}-list`;
  const optionId = (i: number) => `${inputId}-option-${i}`;

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function suggest(text: string) {
    clearTimeout(timer.current);
    pending.current?.abort();
    if (text.trim().length < MIN_LENGTH) {
      close();
      setOptions([]);
      setStatus('');
      return;
    }
    timer.current = setTimeout(() => {
      const request = new AbortController();
      pending.current = request;
      fetch(`/api/search?q=${encodeURIComponent(text)}`, { signal: request.signal })
        .then((res) => (res.ok ? (res.json() as Promise<{ councils: Suggestion[]; total: number }>) : null))
        .then((body) => {
          if (request.signal.aborted) return;
          const found = body?.councils ?? [];
          setOptions(found);
          setActive(-1);
          setOpen(found.length > 0);
          setStatus(body ? announce(found.length, body.total) : 'Suggestions are unavailable; press Enter to search.');
        })
        .catch((error: unknown) => {
          if (!request.signal.aborted) console.warn('council suggestions failed:', error);
        });
    }, DEBOUNCE_MS);
  }

  function choose(option: Suggestion) {
    setValue(option.name);
    close();
    // A full load, not the client router: /councils?q= is a rewrite (next.config.ts) that a client
    // navigation from the cached /councils did not follow, showing the A to Z list instead.
    window.location.assign(option.page ?? `/councils?q=${encodeURIComponent(option.name)}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (last < 0) return;
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      setOpen(true);
      if (!open || active < 0) setActive(down ? 0 : last);
      else setActive(down ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1);
    } else if (event.key === 'Enter') {
      const option = open ? options[active] : undefined;
      if (option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  }

  const combobox = enhanced
    ? {
        role: 'combobox',
        'aria-autocomplete': 'list' as const,
        'aria-expanded': open,
        'aria-controls': listId,
        'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
      }
    : {};
  return (
    <div className="combobox">
      <input
        id={inputId}
        name="q"
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        aria-describedby={hintId}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          suggest(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        {...combobox}
      />
      {enhanced && (
        <>
          <ul id={listId} role="listbox" aria-label="Suggested councils" hidden={!open}>
            {options.map((o, i) => (
              <li
                key={o.slug}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                // Keeps the focus in the input, so its blur does not close the list first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(o)}
              >
                {o.name}
                <span className="muted">
                  {' '}
                  {[o.page ? o.officialName : 'no figures yet', o.abolished && `abolished ${o.abolished}`]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
          <div role="status" aria-live="polite" className="visually-hidden">
            {status}
          </div>
        </>
      )}
    </div>
  );
}

function announce(shown: number, total: number): string {
  if (shown === 0) return 'No council matches; press Enter to search.';
  const count =
    shown < total
      ? `${shown} of ${total} matching councils`
      : `${shown} ${shown === 1 ? 'council matches' : 'councils match'}`;
  return `${count}. Use the up and down arrow keys to choose, Enter to open.`;
}
