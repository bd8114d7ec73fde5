import { ApiTokenCreateSchema, ApiTokenSchema, CreatedApiTokenSchema, pageOf } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { listOrgApiTokens } from '../../services/accounts/api-token-queries.ts';
import { createApiToken } from '../../services/accounts/create-api-token.ts';
import { revokeApiToken } from '../../services/accounts/revoke-api-token.ts';
import { IdParams, NO_CONTENT, onePage, type RouteDeps } from '../route-deps.ts';

const tags = ['API tokens'];

export const apiTokenRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/api-tokens',
    {
      config: { access: 'api-tokens:manage' },
      schema: { tags, summary: 'API tokens of the organisation', response: { 200: pageOf(ApiTokenSchema) } },
    },
    async (request) => {
      const items = await listOrgApiTokens(db, orgContext(request));
      return onePage(items);
    },
  );

  app.post(
    '/api/v1/api-tokens',
    {
      config: { access: 'api-tokens:manage' },
      schema: {
        tags,
        summary: 'Create a token; the secret is in this response only',
        body: ApiTokenCreateSchema,
        response: { 201: CreatedApiTokenSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createApiToken(deps, orgContext(request), request.body)),
  );

  app.delete(
    '/api/v1/api-tokens/:id',
    {
      config: { access: 'api-tokens:manage' },
      schema: { tags, summary: 'Revoke a token', params: IdParams, response: NO_CONTENT },
    },
    async (request, reply) => {
      await revokeApiToken(deps, orgContext(request), { id: request.params.id });
      return reply.status(204).send(null);
    },
  );
};
