import { z } from 'zod';
import { readingOf } from '../domain/figure';
import { formatFinancialYear, parseFinancialYear } from '../domain/financial-year';
import { checkFact, evidenceSchema, factFields, warningSchema, type ParsedFact, type ParseResult } from './schema';

/**
 * The published JSON contract of `npm run extract -- FILE --json` (README, "The parser CLI"):
 * years written "2017-18", councils by common name. One serializer writes it.
 */

/** "2017-18": the form financial years take in JSON and URLs. */
const financialYearLabel = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'expected a year such as 2017-18')
  .refine((s) => parseFinancialYear(s) !== null, 'not one financial year');

const contractFactSchema = z
  .object({
    ...factFields,
    council: z.string().min(1).nullable(),
    financialYear: financialYearLabel,
    evidence: evidenceSchema,
  })
  .superRefine(checkFact);

export const contractSchema = z.object({
  article: z.object({
    file: z.string().nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    currentFinancialYear: financialYearLabel.nullable(),
  }),
  facts: z.array(contractFactSchema),
  warnings: z.array(warningSchema),
});
export type Contract = z.infer<typeof contractSchema>;
export type ContractFact = z.infer<typeof contractFactSchema>;

/** One fact as the contract writes it, keys in the documented order. */
export function contractFact(f: ParsedFact): ContractFact {
  return {
    metric: f.metric,
    scope: f.scope,
    council: f.council?.name ?? null,
    financialYear: formatFinancialYear(f.financialYear),
    ...readingOf(f),
    evidence: f.evidence,
  };
}

export function toContract(result: ParseResult): Contract {
  const { file, sha256, currentFinancialYear } = result.article;
  return {
    article: {
      file,
      sha256,
      currentFinancialYear: currentFinancialYear === null ? null : formatFinancialYear(currentFinancialYear),
    },
    facts: result.facts.map(contractFact),
    warnings: result.warnings,
  };
}
