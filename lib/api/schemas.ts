import { z } from 'zod';
import { MATCH_RANKS } from '../councils/match-ranks';
import { basisSchema, boundSchema, scopeSchema } from '../domain/figure';
import { councilMetrics, METRICS, metricSchema } from '../domain/metrics';
import { reviewStatuses } from '../review/status';
import { storedWarningSchema } from '../validation/stored-json';
import { API_ERROR_CODES } from './respond';

/**
 * The API's answers as zod schemas, each registered by name in `apiSchemas`: the source of the OpenAPI description's response schemas
 * (lib/api/openapi.ts, through z.toJSONSchema). Each named one is a component there; tests check
 * real answers against the description, so an answer that drifts from these fails them.
 */
export const apiSchemas = z.registry<{ id: string }>();

/** A component of the description: its name here, its description with zod's other metadata. */
const named = <S extends z.ZodType>(id: string, description: string, schema: S): S => {
  const described = schema.describe(description);
  apiSchemas.add(described, { id });
  return described;
};

const financialYear = z
  .string()
  .regex(/^\d{4}-\d{2}$/)
  .describe('a financial year, April to March: "2017-18"');
const whole = z.number().int();
const count = whole.nonnegative();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const shownStatus = z
  .enum(reviewStatuses.filter((s) => s !== 'rejected') as ['unchecked', 'confirmed', 'corrected'])
  .describe(
    'unchecked: machine-read, not yet checked; confirmed or corrected by an editor. Rejected figures are never given',
  );

const citation = named(
  'Citation',
  'How to cite an article; each field null when unknown.',
  z.object({
    publisher: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    published: day.nullable(),
  }),
);

const source = named(
  'Source',
  'Where a figure was read: the article, its citation, the review status, the sentence (null in ' +
    '/api/councils), its offsets in the text and our page that shows it.',
  z.object({
    article: z.string().describe('the article slug: /api/sources/{slug}'),
    citation,
    status: shownStatus,
    quote: z.string().nullable(),
    start: count,
    end: count,
    url: z.string().describe('our source page with the figure highlighted: /sources/{slug}#fact-{id}'),
  }),
);

const bound = boundSchema.describe('how the figure was stated: exact, more_than, less_than or about');
const sourcedValue = named('SourcedValue', 'A value and where it was read.', z.object({ value: count, bound, source }));

const figure = named(
  'Figure',
  'One figure for one year, money in whole pounds, with its source and any sources giving a different value.',
  z.object({ financialYear, value: count, bound, source, conflicts: z.array(sourcedValue) }),
);

const ratio = named(
  'Ratio',
  'A ratio of two figures, with the bound it inherits.',
  z.object({ value: z.number(), bound }),
);
const councilRef = z.object({ slug: z.string(), name: z.string() });
const councilNames = councilRef.extend({ officialName: z.string(), region: z.string() });

named(
  'Error',
  'Every API error; never a stack trace.',
  z.object({ error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string() }) }),
);

named(
  'CouncilList',
  'Every council with figures, and England’s latest total. Figures here carry no sentence (quote is null).',
  z.object({
    england: figure.nullable(),
    councils: z.array(
      councilNames.extend({
        url: z.string(),
        latestSpend: figure.nullable(),
        previousSpend: figure.nullable(),
        latestBudget: figure.nullable(),
        count: figure.extend({ unit: z.enum(['cameras', 'camera_sites']) }).nullable(),
      }),
    ),
  }),
);

const councilDetailSchema = named(
  'CouncilDetail',
  'One council: a series per metric, spend per camera (or site), its share of England, and how many councils spent more.',
  z.object({
    council: councilNames.extend({
      type: z.string(),
      gssCode: z.string().describe('ONS GSS code, e.g. E07000241'),
    }),
    population: z
      .object({ residents: whole, year: whole })
      .nullable()
      .describe(
        'Residents in mid-year (ONS estimate, from mySociety’s list): what the pages divide by for per-resident ' +
          'figures, whatever the figure’s year; null for councils abolished before then.',
      ),
    // One key per council metric of the registry, as lib/api/council-json.ts writes them.
    ...Object.fromEntries(councilMetrics.map((m) => [METRICS[m].apiKey, z.array(figure)])),
    spendPerUnit: z
      .object({
        unit: z.enum(['cameras', 'camera_sites']),
        value: whole,
        bound,
        spendYear: financialYear,
        countYear: financialYear,
      })
      .nullable(),
    shareOfEngland: z.array(z.object({ financialYear, share: z.number(), bound })),
    councilsSpendingMore: z.array(figure),
  }),
);

named(
  'Compare',
  'Two councils and, per year, each one’s spend and budget and the difference in spend (b − a).',
  z.object({
    a: councilDetailSchema,
    b: councilDetailSchema,
    years: z.array(
      z.object({
        financialYear,
        a: z.object({ spend: figure.nullable(), budget: figure.nullable() }),
        b: z.object({ spend: figure.nullable(), budget: figure.nullable() }),
        spendDifference: z
          .object({ amount: whole, relative: z.number().nullable(), exact: z.boolean() })
          .nullable()
          .describe('null unless both spent something that year; relative is null when a spent nothing'),
      }),
    ),
  }),
);

named(
  'England',
  'England’s totals by year, the facts that count councils, and each known council’s share of the total.',
  z.object({
    totals: z.array(figure),
    counts: z.array(
      figure.extend({
        metric: z.enum(['councils_spending_more', 'councils_spending_over']),
        council: councilRef.nullable(),
        threshold: count.nullable(),
      }),
    ),
    shares: z.array(
      z.object({
        financialYear,
        councils: z.array(z.object({ council: councilRef, spend: figure, share: ratio.nullable() })),
        combined: z.object({ value: whole, share: ratio.nullable() }).nullable(),
      }),
    ),
  }),
);

named(
  'SourceArticle',
  'One article: its citation and text, every fact shown from it with its offsets and review status, and the parser’s warnings.',
  z.object({
    article: citation.extend({
      slug: z.string(),
      added: day,
      currentFinancialYear: financialYear.nullable(),
      text: z.string(),
    }),
    facts: z.array(
      z.object({
        metric: metricSchema,
        scope: scopeSchema,
        council: councilRef.nullable(),
        financialYear,
        value: count,
        bound,
        basis: basisSchema.nullable(),
        threshold: count.nullable(),
        quote: z.string(),
        start: count,
        end: count,
        status: shownStatus,
      }),
    ),
    warnings: z.array(storedWarningSchema),
  }),
);

const datasetFact = named(
  'Fact',
  'One shown fact. council is the council the figure is about; for councils_spending_more ' +
    '(scope england) the council compared with; otherwise null.',
  z.object({
    id: count,
    metric: metricSchema,
    scope: scopeSchema,
    council: z.object({ slug: z.string(), name: z.string(), gssCode: z.string() }).nullable(),
    financialYear,
    value: count,
    bound,
    basis: basisSchema.nullable(),
    threshold: count.nullable().describe('for councils_spending_over: the threshold in whole pounds'),
    source,
  }),
);

named(
  'FactsPage',
  'A page of facts in id order, and the address of the next page (null on the last).',
  z.object({ facts: z.array(datasetFact), next: z.string().nullable() }),
);

named(
  'SearchResults',
  'Councils whose names match the search, best first (at most 8), and how many matched in all.',
  z.object({
    total: count,
    councils: z.array(
      councilNames.extend({
        abolished: whole.nullable().describe('the year a former council ceased; null for one that exists'),
        match: z.enum(MATCH_RANKS).describe('how the search matched: the best kind of match first'),
        page: z.string().nullable().describe('its page here; null when the sources give it no figures'),
        url: z.string().nullable().describe('its /api/councils/{slug}; null when the sources give it no figures'),
      }),
    ),
  }),
);
