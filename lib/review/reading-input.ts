import { z } from 'zod';
import { councils, type CouncilRecord } from '../councils';
import { basisSchema, boundSchema, MAX_FIGURE, type Basis, type Bound, type Scope } from '../domain/figure';
import { ENGLAND } from './status';
import { allowsScope, hasThreshold, metricSchema, namesComparedCouncil, type Metric } from '../domain/metrics';

/**
 * A reading as an editor types it (correcting a fact, or adding one the parser missed), checked
 * into what the store holds. Each field's message names what to do, and says which field it is
 * for, so the form shows it beside that field.
 */
export interface ReadingFields {
  council: string;
  year: string;
  metric: string;
  value: string;
  bound: string;
  basis: string;
}

export interface Reading {
  scope: Scope;
  council: CouncilRecord | null;
  metric: Metric;
  financialYear: number;
  value: number;
  bound: Bound;
  basis: Basis | null;
}

export type FieldErrors = Partial<Record<keyof ReadingFields, string>>;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const byName = new Map<string, CouncilRecord[]>();
for (const c of councils) {
  for (const k of new Set([norm(c.name), norm(c.officialName), c.slug, c.gssCode.toLowerCase()])) {
    byName.set(k, [...(byName.get(k) ?? []), c]);
  }
}

/** The council an editor named: by its name, official name, slug or GSS code; a current one first. */
export function findCouncil(input: string): CouncilRecord | null {
  const found = byName.get(norm(input)) ?? [];
  return found.find((c) => !c.endDate) ?? found[0] ?? null;
}

/** "45,000", "£45,000" or "45000" -> 45000; null when not a whole number of at most 15 digits. */
export function parseWholeNumber(input: string): number | null {
  const s = input
    .trim()
    .replace(/^£/, '')
    .replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (!/^\d{1,15}$/.test(s)) return null;
  return Number(s);
}

const yearSchema = z.coerce.number().int().min(1990).max(2100);

/** Checks an editor's reading; `threshold` is the fact's own (the form cannot set one). */
export function checkReading(
  fields: ReadingFields,
  threshold: number | null = null,
): { ok: true; reading: Reading } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const metric = metricSchema.safeParse(fields.metric);
  if (!metric.success) errors.metric = 'Choose what the figure measures from the list.';
  const year = yearSchema.safeParse(fields.year);
  if (!year.success) errors.year = 'Choose the financial year from the list.';
  const value = parseWholeNumber(fields.value);
  if (value === null) errors.value = 'The value must be a whole number, such as 45000 or £45,000.';
  else if (value > MAX_FIGURE) errors.value = 'The value must be at most 2,147,483,647: no CCTV figure is larger.';
  const bound = boundSchema.safeParse(fields.bound);
  if (!bound.success) errors.bound = 'Choose how exactly the figure is stated.';
  const basis = fields.basis === '' ? { success: true as const, data: null } : basisSchema.safeParse(fields.basis);
  if (!basis.success) errors.basis = 'Choose net, gross or not stated.';

  const name = fields.council.trim();
  const england = name === '' || norm(name) === norm(ENGLAND);
  const council = england ? null : findCouncil(name);
  if (!england && !council) {
    errors.council = `“${name.slice(0, 80)}” is not a council in our list: pick one from the list, or England.`;
  }
  let scope: Scope = 'council';
  if (metric.success && !errors.council) {
    const m = metric.data;
    if (namesComparedCouncil(m) || (council === null && allowsScope(m, 'england'))) scope = 'england';
    if (council === null && !allowsScope(m, 'england')) errors.council = 'Name the council this figure is for.';
    if (council !== null && !allowsScope(m, 'council') && !namesComparedCouncil(m)) {
      errors.council = 'This measure is England-wide: choose England.';
    }
    if (hasThreshold(m) && threshold === null) {
      errors.metric = 'This measure needs a threshold, which the form cannot set: use the command line.';
    }
  }
  if (
    Object.keys(errors).length ||
    !metric.success ||
    !year.success ||
    value === null ||
    !bound.success ||
    !basis.success
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    reading: {
      scope,
      council,
      metric: metric.data,
      financialYear: year.data,
      value,
      bound: bound.data,
      basis: basis.data,
    },
  };
}
