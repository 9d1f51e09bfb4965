import { z } from 'zod';
import type { Addition, Decision } from './decide';
import { DecisionError } from './errors';
import { checkReading, type Reading, type ReadingFields } from './reading-input';

/**
 * The review form's fields, read back from a submission. Field names:
 *   f.<ref>.decision  leave | confirm | correct | reject
 *   f.<ref>.version   the fact's version when the page was drawn (stored facts)
 *   f.<ref>.council / .year / .metric / .value / .bound / .basis   the correction
 *   f.<ref>.reason    why (required to reject)
 *   add.<n>.span / .occurrence / .start / .end + the reading fields + .reason   a missed figure
 * Errors are keyed by field name, so the form shows each beside its field, and every submitted
 * value is echoed back so that nothing typed is lost when the form is shown again.
 */
const decisionKinds = ['leave', 'confirm', 'correct', 'reject'] as const;

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;

export interface FactRef {
  ref: string;
  /** The stored fact, or null for a preview's fact not yet stored. */
  id: number | null;
  version: number;
  threshold: number | null;
}

/** A decision on a fact the form refers to by `ref`; the id is filled in once the fact is stored. */
export type RefDecision =
  | { ref: string; kind: 'confirm'; version: number; reason: string | null }
  | { ref: string; kind: 'correct'; version: number; reading: Reading; reason: string | null }
  | { ref: string; kind: 'reject'; version: number; reason: string };

const MAX_REASON = 500;
/** How many missed figures one submission may add (the form shows one empty slot at a time). */
export const MAX_ADDITIONS = 20;

export function formValues(form: FormData): FormValues {
  const out: FormValues = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && !k.startsWith('$')) out[k] = v;
  return out;
}

const fieldsOf = (v: FormValues, prefix: string): ReadingFields => ({
  council: v[`${prefix}.council`] ?? '',
  year: v[`${prefix}.year`] ?? '',
  metric: v[`${prefix}.metric`] ?? '',
  value: v[`${prefix}.value`] ?? '',
  bound: v[`${prefix}.bound`] ?? '',
  basis: v[`${prefix}.basis`] ?? '',
});

function reasonOf(v: FormValues, prefix: string, errors: FormErrors): string | null {
  const reason = (v[`${prefix}.reason`] ?? '').trim();
  if (reason.length > MAX_REASON) errors[`${prefix}.reason`] = `Keep the reason under ${MAX_REASON} characters.`;
  return reason || null;
}

export function readDecisions(v: FormValues, facts: FactRef[], errors: FormErrors): RefDecision[] {
  const out: RefDecision[] = [];
  for (const f of facts) {
    const p = `f.${f.ref}`;
    const kind = z.enum(decisionKinds).safeParse(v[`${p}.decision`] ?? 'leave');
    if (!kind.success) {
      errors[`${p}.decision`] = 'Choose confirm, correct, reject or leave unchecked.';
      continue;
    }
    if (kind.data === 'leave') continue;
    const sent = v[`${p}.version`] ?? '';
    const version = f.id === null ? f.version : /^\d+$/.test(sent) ? Number(sent) : NaN;
    if (!Number.isInteger(version)) {
      errors[`${p}.decision`] = 'This form is out of date: reload the page.';
      continue;
    }
    const reason = reasonOf(v, p, errors);
    if (kind.data === 'confirm') out.push({ ref: f.ref, kind: 'confirm', version, reason });
    else if (kind.data === 'reject') {
      if (!reason) errors[`${p}.reason`] = 'Say why this figure is rejected.';
      else out.push({ ref: f.ref, kind: 'reject', version, reason });
    } else {
      const checked = checkReading(fieldsOf(v, p), f.threshold);
      if (!checked.ok) for (const [k, m] of Object.entries(checked.errors)) errors[`${p}.${k}`] = m;
      else out.push({ ref: f.ref, kind: 'correct', version, reading: checked.reading, reason });
    }
  }
  return out;
}

/** The start of the `occurrence`-th appearance of `span` in the text (1 = the first). */
function nthIndex(text: string, span: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(span, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Slots add.0, add.1, ... that have a span: each must read as a figure in the text. */
export function readAdditions(v: FormValues, text: string, errors: FormErrors): Addition[] {
  const out: Addition[] = [];
  for (let n = 0; n < MAX_ADDITIONS; n++) {
    const p = `add.${n}`;
    const span = v[`${p}.span`] ?? '';
    if (!span.trim()) continue;
    const sentStart = v[`${p}.start`] ?? '';
    let start = /^\d+$/.test(sentStart) ? Number(sentStart) : -1;
    // Offsets come from selecting the text (with JavaScript); without, the typed text and which
    // appearance of it. Offsets that do not hold the typed text are ignored.
    if (start < 0 || text.slice(start, start + span.length) !== span) {
      const occurrence = Number(v[`${p}.occurrence`] || '1');
      start = Number.isInteger(occurrence) && occurrence >= 1 ? nthIndex(text, span, occurrence) : -1;
    }
    if (start < 0) {
      errors[`${p}.span`] = `“${span.slice(0, 60)}” is not in the article${
        (v[`${p}.occurrence`] || '1') !== '1' ? ' that many times' : ''
      }: copy the figure exactly as written.`;
      continue;
    }
    if (!/\d/.test(span) || span.length > 200) {
      errors[`${p}.span`] = 'Choose the figure itself, such as “£45,000” or “120 cameras”.';
      continue;
    }
    const checked = checkReading(fieldsOf(v, p));
    const reason = reasonOf(v, p, errors);
    if (!checked.ok) for (const [k, m] of Object.entries(checked.errors)) errors[`${p}.${k}`] = m;
    else out.push({ start, end: start + span.length, reading: checked.reading, reason });
  }
  return out;
}

/** Binds decisions on refs to stored fact ids; a ref without a stored fact is an error. */
export function toDecisions(decisions: RefDecision[], idOf: (ref: string) => number | undefined): Decision[] {
  return decisions.map((d) => {
    const factId = idOf(d.ref);
    if (factId === undefined) {
      throw new DecisionError(
        'A figure you decided is not among the stored ones (the article is stored already, read differently): ' +
          'review it from the queue instead.',
      );
    }
    const { ref: _ref, ...rest } = d;
    return { ...rest, factId } as Decision;
  });
}
