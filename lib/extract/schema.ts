import { z } from 'zod';

export const metrics = [
  'spend',
  'budget',
  'income',
  'cameras',
  'camera_sites',
  'councils_spending_more',
  'councils_spending_over',
] as const;
export const scopes = ['council', 'england'] as const;
export const bounds = ['exact', 'more_than', 'less_than', 'about'] as const;
export const bases = ['net', 'gross'] as const;

export type Metric = (typeof metrics)[number];
export type Bound = (typeof bounds)[number];
export type Basis = (typeof bases)[number];

/** "2017-18": the form financial years take in JSON and URLs. */
export const financialYearLabel = z.string().regex(/^\d{4}-\d{2}$/, 'expected a year such as 2017-18');

export const factSchema = z
  .object({
    metric: z.enum(metrics),
    scope: z.enum(scopes),
    council: z.string().min(1).nullable(),
    financialYear: financialYearLabel,
    value: z.number().int().nonnegative(),
    bound: z.enum(bounds),
    basis: z.enum(bases).nullable(),
    threshold: z.number().int().positive().nullable(),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((f) => f.end > f.start, 'end must follow start')
  .refine((f) => (f.scope === 'council') === (f.council !== null) || f.metric === 'councils_spending_more', {
    message: 'a council-scope fact names its council; an England fact names none',
  })
  .refine((f) => (f.metric === 'councils_spending_over') === (f.threshold !== null), {
    message: 'only councils_spending_over has a threshold',
  });

export const warningCodes = [
  'unknown_council',
  'unresolved_council',
  'unresolved_year',
  'change_not_level',
  'multi_year_total',
  'planned_addition',
  'not_cctv',
  'rate_not_total',
  'past_level',
] as const;

export const warningSchema = z.object({
  code: z.enum(warningCodes),
  message: z.string(),
  /** Offsets of the figure (or name) the warning is about. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});

export const extractResultSchema = z.object({
  article: z.object({
    file: z.string().nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    currentFinancialYear: financialYearLabel.nullable(),
  }),
  facts: z.array(factSchema),
  warnings: z.array(warningSchema),
});

export type Fact = z.infer<typeof factSchema>;
export type ExtractWarning = z.infer<typeof warningSchema>;
export type WarningCode = (typeof warningCodes)[number];
export type ExtractResult = z.infer<typeof extractResultSchema>;
