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

// What every operation can answer: bad input, no or wrong credentials, not found, too many requests, our fault.
const STANDARD_ERRORS: Record<string, ReturnType<typeof problem>> = {
  '400': problem('Invalid input; invalidParams names each wrong field'),
  '401': problem('Not signed in, or the token is unknown'),
  '403': problem('Signed in, but the role does not allow this'),
  '404': problem('Not found (or not visible to you)'),
  '429': problem('Too many requests'),
  '500': problem('Unexpected error; quote the instance id'),
};

// What every method that may carry a body can answer: Fastify reads (or refuses) a body before any route
// runs, also on a DELETE or a POST that expects none.
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const BODY_ERRORS: Record<string, ReturnType<typeof problem>> = {
  '413': problem('The body is larger than this operation accepts (JSON: 1 MiB)'),
  '415': problem('The body is of a media type this operation does not read'),
};

type Operation = {
  responses?: Record<string, { headers?: Record<string, unknown>; content?: unknown; description?: string }>;
  security?: unknown;
};

export function buildOpenApiDocument(app: FastifyInstance): Record<string, unknown> {
  const doc = structuredClone(app.swagger()) as unknown as {
    servers?: unknown;
    paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, unknown> };
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
          response.headers = {
            ...response.headers,
            'API-Version': {
              description: 'The full version of the API',
              schema: { type: 'string', example: API_VERSION },
            },
          };
        }
      }
      const errors = BODY_METHODS.has(method) ? { ...STANDARD_ERRORS, ...BODY_ERRORS } : STANDARD_ERRORS;
      for (const [status, response] of Object.entries(errors)) op.responses[status] ??= response;
      op.responses = Object.fromEntries(Object.entries(op.responses).sort(([a], [b]) => a.localeCompare(b)));
      op.security ??= [{ session: [] }, { apiToken: [] }];
    }
    paths[path.slice(PREFIX.length) || '/'] = item;
  }
  doc.paths = paths;
  doc.servers = [{ url: PREFIX, description: 'this installation' }];
  const schemas = { ...doc.components?.schemas, Problem: problemSchema };
  doc.components = { ...doc.components, schemas: referencedOnly(schemas, doc.paths) };
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
