import { z } from 'zod';
import { basisSchema, boundSchema, scopeSchema } from '../domain/figure';
import { metricSchema } from '../domain/metrics';
import { parseStoredJson } from '../validation/stored-json';

/**
 * A fact's reading as the parser made it, stored as JSON in `Fact.machineReading` so that an
 * editor's correction never loses it, and so that re-ingesting a changed text can tell whether a
 * figure still reads the same (lib/ingest). The council is named as well as coded, so the source
 * page can say "read as Dacorum's" even if no row for that council exists.
 */
const machineReadingSchema = z.object({
  scope: scopeSchema,
  council: z.object({ gssCode: z.string(), name: z.string() }).nullable(),
  metric: metricSchema,
  financialYear: z.number().int(),
  value: z.number().int(),
  bound: boundSchema,
  basis: basisSchema.nullable(),
  threshold: z.number().int().nullable(),
});
export type MachineReading = z.infer<typeof machineReadingSchema>;

/** The stored JSON back as a reading; null when absent or unreadable (an editor's own fact). */
export const parseMachineReading = (json: string | null): MachineReading | null =>
  parseStoredJson(machineReadingSchema, json);

/** Two readings are the same when every field is: the test for keeping a decision on re-ingest. */
export const sameMachineReading = (a: MachineReading, b: MachineReading) =>
  a.scope === b.scope &&
  (a.council?.gssCode ?? null) === (b.council?.gssCode ?? null) &&
  a.metric === b.metric &&
  a.financialYear === b.financialYear &&
  a.value === b.value &&
  a.bound === b.bound &&
  a.basis === b.basis &&
  a.threshold === b.threshold;
