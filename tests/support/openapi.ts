import { Ajv2020 } from 'ajv/dist/2020.js';

/** The parts of an OpenAPI 3.1 document a conformance check reads. */
interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { responses: Record<string, Response> };
}
type Response = { $ref?: string; content?: Record<string, { schema: unknown }> };

/** One real answer: the documented path it came from (`/api/councils/{slug}`), its status, type and body. */
export interface Answer {
  path: string;
  status: number;
  contentType: string | null;
  body: string;
}

const pointer = (...parts: string[]) =>
  parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1')));

/**
 * Checks answers against an OpenAPI document: the status is one the operation lists, the media
 * type one that response lists, and a JSON body valid against its schema (JSON Schema 2020-12,
 * OpenAPI 3.1's dialect, refs and all). Returns what is wrong; nothing when the answer conforms.
 */
export function answerChecker(document: object) {
  const doc = document as Doc;
  // Formats are documentation here (every checked string carries a pattern); the document's own
  // keys are not JSON Schema keywords, and schemas are compiled from within it by pointer.
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false, validateFormats: false });
  for (const keyword of ['openapi', 'info', 'paths', 'components']) ajv.addKeyword(keyword);
  ajv.addSchema(doc, 'openapi.json');

  return (a: Answer): string[] => {
    const where = `GET ${a.path} ${a.status}`;
    const operation = doc.paths[a.path]?.get;
    if (!operation) return [`${where}: no such operation in the document`];
    const status = String(a.status);
    let response = operation.responses[status];
    let base = pointer('paths', a.path, 'get', 'responses', status);
    if (response?.$ref) {
      const name = response.$ref.replace('#/components/responses/', '');
      response = doc.components.responses[name];
      base = pointer('components', 'responses', name);
    }
    if (!response) return [`${where}: the status is not documented`];
    const type = (a.contentType ?? '').split(';')[0]?.trim() ?? '';
    if (!response.content?.[type]) return [`${where}: ${type || 'no content type'} is not documented`];
    if (type !== 'application/json') return [];
    const validate = ajv.getSchema(`openapi.json#/${[...base, 'content', ...pointer(type), 'schema'].join('/')}`);
    if (!validate) return [`${where}: the schema could not be compiled`];
    if (validate(JSON.parse(a.body))) return [];
    return (validate.errors ?? []).map(
      (e) => `${where}: ${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  };
}
