import { VALIDATION_CODES } from '@weerbaar/core/platform';
import type { FastifyInstance } from 'fastify';
import { API_VERSION } from './openapi.ts';

// The generated document, finished so it meets the NL API Design Rules: paths relative to a
// versioned server URL, an API-Version header on every success, problem+json for every error.

const PREFIX = '/api/v1';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'Stable machine-readable error code' },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'reason', 'code', 'params'],
        properties: {
          name: { type: 'string', description: 'Path of the field, e.g. body.email' },
          reason: { type: 'string', description: 'What is wrong, in English, for people reading the API' },
          code: {
            type: 'string',
            enum: [...VALIDATION_CODES],
            description: 'Stable code of what is wrong; clients translate it (with params) for their users',
          },
          params: {
            type: 'object',
            additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
            description: 'Parameters of the code: limits (minimum, maximum), format, the other field (other)',
          },
        },
      },
    },
  },
};

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

// What every operation can answer: bad input, no or wrong credentials, not found, too many requests, our
// fault; and what every method that may carry a body can answer, since Fastify reads (or refuses) a body
// before any route runs, also on a DELETE or a POST that expects none. Each is one named response that the
// operations reference (inline, they were a third of the document).
const STANDARD_ERRORS = {
  '400': ['BadRequest', 'Invalid input; invalidParams names each wrong field'],
  '401': ['Unauthorized', 'Not signed in, or the token is unknown'],
  '403': ['Forbidden', 'Signed in, but the role does not allow this'],
  '404': ['NotFound', 'Not found (or not visible to you)'],
  '429': ['TooManyRequests', 'Too many requests'],
  '500': ['InternalServerError', 'Unexpected error; quote the instance id'],
} as const;
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const BODY_ERRORS = {
  '413': ['ContentTooLarge', 'The body is larger than this operation accepts (JSON: 1 MiB)'],
  '415': ['UnsupportedMediaType', 'The body is of a media type this operation does not read'],
} as const;
const responseRef = ([name]: readonly [string, string]) => ({ $ref: `#/components/responses/${name}` });
const namedResponses = Object.fromEntries(
  Object.values({ ...STANDARD_ERRORS, ...BODY_ERRORS }).map(([name, description]) => [name, problem(description)]),
);

const apiVersionHeader = {
  description: 'The full version of the API',
  schema: { type: 'string', example: API_VERSION },
};

type Operation = {
  responses?: Record<
    string,
    { headers?: Record<string, unknown>; content?: unknown; description?: string; $ref?: string }
  >;
  security?: unknown;
};

export function buildOpenApiDocument(app: FastifyInstance): Record<string, unknown> {
  const doc = structuredClone(app.swagger()) as unknown as {
    servers?: unknown;
    paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, unknown>; responses?: unknown; headers?: unknown };
  };
  const paths: typeof doc.paths = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith(PREFIX)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.responses ??= {};
      for (const [status, response] of Object.entries(op.responses)) {
        // Routes declare the problems only they give (409, 423 …) with a description; every problem
        // has the one Problem schema and media type.
        if (/^[45]\d\d$/.test(status)) op.responses[status] = problem(response.description ?? 'A problem');
        if (/^[23]\d\d$/.test(status)) {
          response.headers = { ...response.headers, 'API-Version': { $ref: '#/components/headers/ApiVersion' } };
        }
      }
      const errors = BODY_METHODS.has(method) ? { ...STANDARD_ERRORS, ...BODY_ERRORS } : STANDARD_ERRORS;
      for (const [status, named] of Object.entries(errors)) op.responses[status] ??= responseRef(named);
      op.responses = Object.fromEntries(Object.entries(op.responses).sort(([a], [b]) => a.localeCompare(b)));
      op.security ??= [{ session: [] }, { apiToken: [] }];
    }
    paths[path.slice(PREFIX.length) || '/'] = item;
  }
  doc.paths = paths;
  doc.servers = [{ url: PREFIX, description: 'this installation' }];
  const schemas = { ...doc.components?.schemas, Problem: problemSchema };
  const scalars = shareScalars([doc.paths, schemas]);
  doc.components = {
    ...doc.components,
    schemas: { ...referencedOnly(schemas, doc.paths), ...scalars },
    responses: namedResponses,
    headers: { ApiVersion: apiVersionHeader },
  };
  return doc as unknown as Record<string, unknown>;
}

// The zod transform names each shared schema twice (as read and as written, `…Input`); keep only the
// components some operation reaches, directly or through another component.
function referencedOnly(schemas: Record<string, unknown>, paths: unknown): Record<string, unknown> {
  const PREFIX_REF = '#/components/schemas/';
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(PREFIX_REF)) {
        const name = value.slice(PREFIX_REF.length);
        if (!reached.has(name)) {
          reached.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(paths);
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
}

// The id, time and count types every contract repeats (a uuid with its pattern is 217 bytes, a UTC time
// 327; together they were over 500 kB of the document) are named once and referenced. Only a schema that
// is exactly such a scalar is replaced: one with its own description or bounds stays inline.
function shareScalars(roots: unknown[]): Record<string, unknown> {
  const named: Record<string, unknown> = {};
  // Arrays too (anyOf, oneOf): their elements are replaced in place like an object's properties.
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const name = scalarName(value);
      // A second uuid or time format under the same name (another pattern) stays inline.
      if (name !== undefined && flat((named[name] ??= value)) === flat(value))
        (node as Record<string, unknown>)[key] = { $ref: `#/components/schemas/${name}` };
      else visit(value);
    }
  };
  roots.forEach(visit);
  return Object.fromEntries(Object.entries(named).sort(([a], [b]) => a.localeCompare(b)));
}

const flat = (schema: unknown): string => JSON.stringify(schema, Object.keys(schema as object).sort());

function scalarName(schema: unknown): string | undefined {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return undefined;
  const { type, format, pattern, minimum, maximum, ...rest } = schema as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  if (type === 'string' && typeof pattern === 'string' && minimum === undefined && maximum === undefined) {
    if (format === 'uuid') return 'Uuid';
    if (format === 'date') return 'Date';
    // zod's iso.datetime() accepts only Z; with { offset: true } also +01:00: two different contracts.
    if (format === 'date-time') return pattern.includes('[+-]') ? 'DateTimeWithOffset' : 'DateTime';
  }
  if (type === 'integer' && format === undefined && pattern === undefined && maximum === Number.MAX_SAFE_INTEGER) {
    if (minimum === Number.MIN_SAFE_INTEGER) return 'SafeInteger';
    if (minimum === 0) return 'NonNegativeSafeInteger';
  }
  return undefined;
}
