import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { openApiComponents } from './openapi-components.ts';
import { SESSION_COOKIE } from './access-control.ts';

export const API_VERSION = '1.0.0';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Weerbaar API',
        version: API_VERSION,
        description:
          'Weerbaar: digital resilience under NIS2/CER (Cyberbeveiligingswet, Wet weerbaarheid kritieke entiteiten). ' +
          'Errors are application/problem+json (RFC 9457). Text fields refuse U+0000 and unpaired surrogates; ' +
          'dates and instants must lie within 1900-01-01 and 9999-12-31 (UTC). Machines authenticate with `Authorization: Bearer <API token>`; ' +
          'the web app uses a session cookie plus the X-CSRF-Token header.',
        contact: { name: 'Weerbaar', email: 'security@weerbaar.nl', url: 'https://weerbaar.nl' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      components: {
        securitySchemes: {
          apiToken: { type: 'http', scheme: 'bearer', description: 'API token (wbt_…)' },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
    },
    transform: createJsonSchemaTransform({ schemaRegistry: openApiComponents }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: openApiComponents }),
  });
  // Every API response names its version (NL API Design Rules, API-57).
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('API-Version', API_VERSION);
  });
}
