import {
  AssetCreateSchema,
  AssetDependencyCreateSchema,
  AssetDependencySchema,
  AssetImpactQuerySchema,
  AssetImpactSchema,
  AssetQuerySchema,
  AssetSchema,
  AssetUpdateSchema,
  DependencyParams,
  ExternalDependantCreateSchema,
  ExternalDependantParams,
  ExternalDependantSchema,
  ExternalDependantUpdateSchema,
} from '@weerbaar/core/assets';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addAssetDependency } from '../../services/assets/add-asset-dependency.ts';
import { addExternalDependant } from '../../services/assets/add-external-dependant.ts';
import { assetImpact } from '../../services/assets/asset-impact.ts';
import {
  getAsset,
  listAssetDependencies,
  listAssetExternalDependants,
  listOrgAssets,
} from '../../services/assets/asset-queries.ts';
import { changeExternalDependant } from '../../services/assets/change-external-dependant.ts';
import { removeAssetDependency } from '../../services/assets/remove-asset-dependency.ts';
import { removeExternalDependant } from '../../services/assets/remove-external-dependant.ts';
import { changeAsset } from '../../services/assets/change-asset.ts';
import { createAsset } from '../../services/assets/create-asset.ts';
import { IdParams, itemsOf, NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const NAME_TAKEN = problem('A service or asset of this kind already has this name');
const KIND_CONFLICT = problem('A service of this name exists, or the service still has external dependants');
const DEPENDENCY_EXISTS = problem('This dependency is already recorded');

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
        response: { 200: AssetSchema, 409: KIND_CONFLICT },
      },
    },
    async (request) => changeAsset(deps, orgContext(request), { id: request.params.id, changes: request.body }),
  );

  app.get(
    '/api/v1/assets/:id/dependencies',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'What this service or asset depends on, and what depends on it (from depends on to)',
        params: IdParams,
        response: { 200: itemsOf(AssetDependencySchema) },
      },
    },
    async (request) => ({ items: await listAssetDependencies(db, orgContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/assets/:id/dependencies',
    {
      config: { access: 'assets:write' },
      schema: {
        tags,
        summary: 'Record that this service or asset depends on another (cycles are allowed)',
        params: IdParams,
        body: AssetDependencyCreateSchema,
        response: { 201: AssetDependencySchema, 409: DEPENDENCY_EXISTS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addAssetDependency(deps, orgContext(request), { ...request.body, fromAssetId: request.params.id })),
  );

  app.delete(
    '/api/v1/assets/:id/dependencies/:toAssetId',
    {
      config: { access: 'assets:write' },
      schema: { tags, summary: 'Remove a dependency', params: DependencyParams, response: NO_CONTENT },
    },
    async (request, reply) => {
      await removeAssetDependency(deps, orgContext(request), {
        fromAssetId: request.params.id,
        toAssetId: request.params.toAssetId,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/assets/:id/impact',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'What breaks if this service or asset fails: everything that depends on it, in hops, and who outside',
        params: IdParams,
        querystring: AssetImpactQuerySchema,
        response: { 200: AssetImpactSchema },
      },
    },
    async (request) => {
      const ctx = orgContext(request);
      return assetImpact(db, ctx, [request.params.id], request.query.limit);
    },
  );

  app.get(
    '/api/v1/assets/:id/external-dependants',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Who outside the organisation depends on this service',
        params: IdParams,
        response: { 200: itemsOf(ExternalDependantSchema) },
      },
    },
    async (request) => ({ items: await listAssetExternalDependants(db, orgContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/assets/:id/external-dependants',
    {
      config: { access: 'assets:write' },
      schema: {
        tags,
        summary: 'Add an organisation or group of recipients that depends on this service',
        params: IdParams,
        body: ExternalDependantCreateSchema,
        response: { 201: ExternalDependantSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addExternalDependant(deps, orgContext(request), { ...request.body, assetId: request.params.id })),
  );

  app.patch(
    '/api/v1/assets/:id/external-dependants/:dependantId',
    {
      config: { access: 'assets:write' },
      schema: {
        tags,
        summary: 'Change an external dependant',
        params: ExternalDependantParams,
        body: ExternalDependantUpdateSchema,
        response: { 200: ExternalDependantSchema },
      },
    },
    async (request) =>
      changeExternalDependant(deps, orgContext(request), {
        assetId: request.params.id,
        dependantId: request.params.dependantId,
        changes: request.body,
      }),
  );

  app.delete(
    '/api/v1/assets/:id/external-dependants/:dependantId',
    {
      config: { access: 'assets:write' },
      schema: { tags, summary: 'Remove an external dependant', params: ExternalDependantParams, response: NO_CONTENT },
    },
    async (request, reply) => {
      await removeExternalDependant(deps, orgContext(request), {
        assetId: request.params.id,
        dependantId: request.params.dependantId,
      });
      return reply.status(204).send(null);
    },
  );
};
