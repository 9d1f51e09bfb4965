import { sourceHref } from '../domain/figure';
import { formatFinancialYear } from '../domain/financial-year';
import { sourceOf } from '../domain/series';
import type { DatasetFact } from '../queries/facts';
import type { Cell } from './csv';
import { sourceJson } from './serialize';

/**
 * One fact as /api/facts gives it: what it is about (metric, scope, council, year), its reading,
 * and its source in the same shape as every figure's in the API.
 */
export function datasetFactJson(f: DatasetFact) {
  return {
    id: f.id,
    metric: f.metric,
    scope: f.scope,
    council: f.council,
    financialYear: formatFinancialYear(f.financialYear),
    value: f.value,
    bound: f.bound,
    basis: f.basis,
    threshold: f.threshold,
    source: sourceJson(sourceOf(f)),
  };
}

/** The link to the page after one that ended with `lastId`, keeping the client's page size. */
export const nextFactsPage = (lastId: number, limit: number) => `/api/facts?after=${lastId}&limit=${limit}`;

// Each column's header beside the cell it holds, so the two cannot drift apart.
const COLUMNS: Array<[string, (f: DatasetFact) => Cell]> = [
  ['fact_id', (f) => f.id],
  ['scope', (f) => f.scope],
  ['council', (f) => f.council?.name ?? null],
  ['council_slug', (f) => f.council?.slug ?? null],
  ['gss_code', (f) => f.council?.gssCode ?? null],
  ['financial_year', (f) => formatFinancialYear(f.financialYear)],
  ['metric', (f) => f.metric],
  ['value', (f) => f.value],
  ['bound', (f) => f.bound],
  ['basis', (f) => f.basis],
  ['threshold', (f) => f.threshold],
  ['status', (f) => f.status],
  ['source_publisher', (f) => f.citation.publisher],
  ['source_title', (f) => f.citation.title],
  ['source_url', (f) => f.citation.url],
  ['source_published', (f) => f.citation.publishedOn],
  ['source_page', (f) => sourceHref(sourceOf(f))],
  ['quote', (f) => f.quote],
  ['start', (f) => f.start],
  ['end', (f) => f.end],
];

/** Every fact as a row of /api/facts.csv, under its header. */
export const FACTS_CSV_HEADER = COLUMNS.map(([name]) => name);
export const factCsvRow = (f: DatasetFact): Cell[] => COLUMNS.map(([, cell]) => cell(f));
