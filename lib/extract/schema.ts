import { z } from 'zod';
import { basisSchema, boundSchema, MAX_FIGURE, scopeSchema } from '../domain/figure';
import { FIRST_YEAR, LAST_YEAR } from '../domain/financial-year';
import { allowsScope, hasThreshold, metricSchema, namesComparedCouncil } from '../domain/metrics';

/** What the parser reads, as the app uses it: years as numbers, councils by GSS code. */

const warningCodes = [
  'unknown_council',
  'unresolved_council',
  'unresolved_year',
  'change_not_level',
  'multi_year_total',
  'planned_addition',
  'not_cctv',
  'rate_not_total',
  'past_level',
  'planned_level',
  'part_of_network',
  'other_owner',
  'one_off',
  'not_england',
  'group_not_council',
  'ambiguous_council',
  'too_large',
] as const;
export type WarningCode = (typeof warningCodes)[number];
export const WARNING_CODES: readonly WarningCode[] = warningCodes;

export const warningSchema = z.object({
  code: z.enum(warningCodes),
  message: z.string(),
  /** The parser rule that refused the figure (rules.ts, attribute.ts). */
  rule: z.string().min(1),
  /** Offsets of the figure (or name) the warning is about. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type ExtractWarning = z.infer<typeof warningSchema>;

/** A fact's shape, shared by the parser's own result and the published JSON contract. */
export const factFields = {
  metric: metricSchema,
  scope: scopeSchema,
  value: z.number().int().nonnegative().max(MAX_FIGURE),
  bound: boundSchema,
  basis: basisSchema.nullable(),
  threshold: z.number().int().positive().max(MAX_FIGURE).nullable(),
  /** The whole sentence the figure stands in. */
  quote: z.string().min(1),
  /** JavaScript string offsets of the figure's own text in the article. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
};

type FactRules = {
  metric: z.infer<typeof metricSchema>;
  scope: 'council' | 'england';
  council: unknown;
  threshold: unknown;
};

/** The rules every fact keeps, whichever form it is written in. */
export function checkFact(f: FactRules & { start: number; end: number }, ctx: z.RefinementCtx) {
  const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (f.end <= f.start) fail('end must follow start');
  if ((f.scope === 'council') !== (f.council !== null) && !namesComparedCouncil(f.metric)) {
    fail('a council-scope fact names its council; an England fact names none');
  }
  if (hasThreshold(f.metric) !== (f.threshold !== null)) fail(`only a metric with a threshold has one (${f.metric})`);
  if (!allowsScope(f.metric, f.scope)) fail(`${f.metric} is never a ${f.scope} figure`);
}

/** Text of the article that a fact was tied to, with its offsets. */
const spanSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** Why a fact was read so: the rules that fired, and the council and year mentions it was tied to. */
export const evidenceSchema = z.object({
  rules: z.array(z.string().min(1)).min(1),
  council: spanSchema.nullable(),
  year: spanSchema.nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

const parsedFactSchema = z
  .object({
    ...factFields,
    evidence: evidenceSchema,
    /** The council from the bundled list: its GSS code and common name. */
    council: z.object({ gssCode: z.string().regex(/^E\d{8}$/), name: z.string().min(1) }).nullable(),
    /** Starting calendar year of the financial year: 2017 for 2017-18. */
    financialYear: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
  })
  .superRefine(checkFact);
export type ParsedFact = z.infer<typeof parsedFactSchema>;

export const parseResultSchema = z.object({
  article: z.object({
    file: z.string().nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    currentFinancialYear: z.number().int().nullable(),
  }),
  facts: z.array(parsedFactSchema),
  warnings: z.array(warningSchema),
});
export type ParseResult = z.infer<typeof parseResultSchema>;
