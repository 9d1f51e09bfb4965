import { z } from 'zod';
import { slugSchema } from '../validation/params';
import { compareQuery, factsQuery, formatQuery, searchQuery } from '../validation/api';
import { FACTS_CSV_HEADER } from './fact-json';
import { apiSchemas } from './schemas';

/**
 * The OpenAPI 3.1 description of the read API (/api/openapi.json). Its schemas are not written
 * here but generated from zod: the response schemas from lib/api/schemas.ts, the query parameters
 * from the very schemas the routes parse them with (lib/validation/api.ts). The paths are written
 * by hand; tests/unit/api/openapi.test.ts fails when a route under app/api has none, and checks
 * real answers against the schemas. docs/decisions/017-dataset-download.md
 */

// The few OpenAPI 3.1 objects this file writes (openapi-types' 3.1 parameters still carry 3.0 schemas).
type Schema = Record<string, unknown>;
type Ref = { $ref: string };
interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description?: string;
  schema: Schema;
}
interface ResponseObject {
  description: string;
  content?: Record<string, { schema: Schema }>;
  headers?: Record<string, { description: string; schema: Schema }>;
}
type Responses = Record<string, ResponseObject | Ref>;
interface PathItem {
  get: { operationId: string; summary: string; parameters: Parameter[]; responses: Responses };
}
interface Document {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, Schema>; responses: Record<string, ResponseObject> };
}

const componentRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** zod's JSON Schema (draft 2020-12, OpenAPI 3.1's dialect), without the keys a component does not carry. */
function bare(schema: z.core.JSONSchema.BaseSchema): Schema {
  // `$schema` is the document's dialect already; zod's `$id` for a registry entry is a fragment,
  // which JSON Schema does not allow in an `$id`: the component is named by its place instead.
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest as Schema;
}

function componentSchemas(): Record<string, Schema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { io: 'output', uri: (id) => componentRef(id).$ref });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, bare(s)]));
}

/** A route's query parameters, from the zod schema it parses them with: names, defaults, ranges. */
function queryParameters(schema: z.ZodObject): Parameter[] {
  // The parsed (output) form says what a value means (an integer from 1 to 1000); the input form
  // which ones a client may leave out.
  const output = z.toJSONSchema(schema, { io: 'output' });
  const required = z.toJSONSchema(schema, { io: 'input' }).required ?? [];
  return Object.entries(output.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as z.core.JSONSchema.BaseSchema;
    return { name, in: 'query', required: required.includes(name), description, schema: bare(rest) };
  });
}

const slugParameter = (description: string): Parameter => ({
  name: 'slug',
  in: 'path',
  required: true,
  description,
  schema: bare(z.toJSONSchema(slugSchema)),
});

const json = (id: string, description: string): ResponseObject => ({
  description,
  content: { 'application/json': { schema: componentRef(id) } },
});

const csv = (description: string) => ({ 'text/csv': { schema: { type: 'string', description } } });

const error = (description: string): ResponseObject => json('Error', description);
const errorRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** The answers every endpoint may give besides its own. */
const COMMON_ERRORS = { '500': errorRef('InternalError'), '503': errorRef('StoreUnavailable') };
const BAD_QUERY = 'unknown_parameter, invalid_query (a bad or repeated value) or query_too_long';

function get(operationId: string, summary: string, parameters: Parameter[], responses: Responses): PathItem {
  return { get: { operationId, summary, parameters, responses: { ...responses, ...COMMON_ERRORS } } };
}

function paths(): Record<string, PathItem> {
  const councilSlug = slugParameter('a council slug: lower-case words joined by hyphens, such as welwyn-hatfield');
  return {
    '/api/councils': get('listCouncils', 'Every council with figures, and England’s latest total', [], {
      '200': json('CouncilList', 'the councils, A to Z'),
      '400': error(`unknown_parameter or query_too_long: this endpoint takes no parameters`),
    }),
    '/api/councils/{slug}': get(
      'getCouncil',
      'One council’s figures; ?format=csv for its spend and budget table',
      [councilSlug, ...queryParameters(formatQuery)],
      {
        '200': {
          description: 'the council',
          content: {
            ...json('CouncilDetail', '').content,
            ...csv('council, financial_year, actual_spend, actual_spend_bound, budget, budget_bound; one row a year'),
          },
        },
        '400': error(`invalid_slug, or ${BAD_QUERY}`),
        '404': error('not_found: no council with figures has this slug'),
      },
    ),
    '/api/compare': get(
      'compareCouncils',
      'Two councils year by year, with the difference in spend (b − a); ?format=csv for the table',
      queryParameters(compareQuery),
      {
        '200': {
          description: 'the comparison',
          content: {
            ...json('Compare', '').content,
            ...csv(
              'financial_year, {a}_spend, {b}_spend, difference_b_minus_a, difference_percent, {a}_budget, {b}_budget',
            ),
          },
        },
        '400': error(`same_council (a and b are one council), or ${BAD_QUERY}`),
        '404': error('not_found: a or b is no council with figures'),
      },
    ),
    '/api/england': get('getEngland', 'England’s totals, the count facts and the known councils’ shares', [], {
      '200': json('England', 'England'),
      '400': error('unknown_parameter or query_too_long: this endpoint takes no parameters'),
    }),
    '/api/search': get(
      'searchCouncils',
      'Councils whose common name, official name or another spelling matches; the search box’s suggestions',
      queryParameters(searchQuery),
      {
        '200': json('SearchResults', 'the matching councils, best first'),
        '400': error(`invalid_query (over 100 characters, or a control character), or ${BAD_QUERY}`),
      },
    ),
    '/api/sources/{slug}': get(
      'getSource',
      'One article: its citation, text, shown facts and the parser’s warnings',
      [slugParameter('an article slug, as in a figure’s source.article')],
      {
        '200': json('SourceArticle', 'the article'),
        '400': error('invalid_slug, unknown_parameter or query_too_long'),
        '404': error('not_found: no article has this slug'),
      },
    ),
    '/api/facts': get(
      'listFacts',
      'Every shown fact, a page at a time in id order; follow `next` until it is null',
      queryParameters(factsQuery),
      {
        '200': json('FactsPage', 'a page of facts'),
        '400': error(BAD_QUERY),
      },
    ),
    '/api/facts.csv': get('downloadFacts', 'Every shown fact as one CSV file, one row a fact', [], {
      '200': {
        description:
          'RFC 4180 CSV, UTF-8, CRLF line ends, a header row; an empty field for a missing value; ' +
          'a text field starting with =, +, -, @, a tab or a CR has an apostrophe put before it, ' +
          'so that spreadsheets do not run it as a formula',
        content: csv(`columns: ${FACTS_CSV_HEADER.join(', ')}`),
      },
      '400': error('unknown_parameter or query_too_long: this endpoint takes no parameters'),
    }),
    '/api/openapi.json': get('getOpenApi', 'This description', [], {
      '200': {
        description: 'an OpenAPI 3.1 document',
        content: { 'application/json': { schema: { type: 'object', required: ['openapi', 'info', 'paths'] } } },
      },
      '400': error('unknown_parameter or query_too_long: this endpoint takes no parameters'),
    }),
  };
}

const DESCRIPTION = `Read-only figures on English councils' CCTV spending, each with the article it was read from.

Money is in whole pounds; financial years are written "2017-18". A figure's source.status is
unchecked (machine-read, not yet checked), confirmed or corrected; rejected figures are never
given, and unchecked ones only when the server publishes them. Query strings are read strictly:
an unknown or repeated parameter, a bad value or a query string over 1,024 characters is a 400.
Other methods than GET are answered 405. Answers may be up to a few seconds old.`;

function build(): Document {
  return {
    openapi: '3.1.0',
    info: { title: 'Council CCTV spending: the read API', version: '1', description: DESCRIPTION },
    paths: paths(),
    components: {
      schemas: componentSchemas(),
      responses: {
        InternalError: error('internal_error: something failed; the detail is logged on the server'),
        StoreUnavailable: {
          ...error(
            'store_unavailable: the database cannot be reached; an answer already held is served instead when there is one',
          ),
          headers: {
            'Retry-After': { description: 'seconds to wait before asking again', schema: { type: 'integer' } },
          },
        },
      },
    },
  };
}

let doc: Document | undefined;

/** The document, built once per process: it depends on the code alone. */
export const openApiDocument = () => (doc ??= build());
