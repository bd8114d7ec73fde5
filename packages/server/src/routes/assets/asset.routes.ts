import { AssetCreateSchema, AssetQuerySchema, AssetSchema, AssetUpdateSchema } from '@weerbaar/core/assets';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { getAsset, listOrgAssets } from '../../services/assets/asset-queries.ts';
import { changeAsset } from '../../services/assets/change-asset.ts';
import { createAsset } from '../../services/assets/create-asset.ts';
import { IdParams, itemsOf, problem, type RouteDeps } from '../route-deps.ts';

const NAME_TAKEN = problem('A service or asset of this kind already has this name');

const tags = ['Services and assets'];

export const assetRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/assets',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Services and assets of the organisation (shared by incidents and risk analysis)',
        querystring: AssetQuerySchema,
        response: { 200: itemsOf(AssetSchema) },
      },
    },
    async (request) => ({ items: await listOrgAssets(db, orgContext(request), request.query) }),
  );

  app.post(
    '/api/v1/assets',
    {
      config: { access: 'assets:write' },
      schema: {
        tags,
        summary: 'Add a service or asset',
        body: AssetCreateSchema,
        response: { 201: AssetSchema, 409: NAME_TAKEN },
      },
    },
    async (request, reply) => reply.status(201).send(await createAsset(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/assets/:id',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'One service or asset', params: IdParams, response: { 200: AssetSchema } },
    },
    async (request) => getAsset(db, orgContext(request), request.params.id),
  );

  app.patch(
    '/api/v1/assets/:id',
    {
      config: { access: 'assets:write' },
      schema: {
        tags,
        summary: 'Change a service or asset',
        params: IdParams,
        body: AssetUpdateSchema,
        response: { 200: AssetSchema, 409: NAME_TAKEN },
      },
    },
    async (request) => changeAsset(deps, orgContext(request), { id: request.params.id, changes: request.body }),
  );
};
