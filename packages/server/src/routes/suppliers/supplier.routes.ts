import {
  AlternativeInputSchema,
  ConcentrationQuerySchema,
  ConcentrationSchema,
  SuppliedServiceInputSchema,
  SuppliedServiceParams,
  SuppliedServiceSchema,
  SupplierCreateSchema,
  SupplierDependencyParams,
  SupplierDependencyQuerySchema,
  SupplierDependencySchema,
  SupplierQuerySchema,
  SupplierSchema,
  SupplierUpdateSchema,
} from '@weerbaar/core/suppliers';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { changeSupplier } from '../../services/suppliers/change-supplier.ts';
import { supplierConcentration } from '../../services/suppliers/concentration-queries.ts';
import { createSupplier } from '../../services/suppliers/create-supplier.ts';
import { linkSuppliedService } from '../../services/suppliers/link-supplied-service.ts';
import { recordAlternative } from '../../services/suppliers/record-alternative.ts';
import { removeAlternative } from '../../services/suppliers/remove-alternative.ts';
import { removeSupplier } from '../../services/suppliers/remove-supplier.ts';
import {
  getSupplier,
  listOrgSupplierDependencies,
  listOrgSuppliers,
} from '../../services/suppliers/supplier-queries.ts';
import { unlinkSuppliedService } from '../../services/suppliers/unlink-supplied-service.ts';
import { IdParams, itemsOf, NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const NAME_TAKEN = problem('Another supplier already has this name');
const tags = ['Suppliers'];

export const supplierRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/suppliers',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'The supplier register: services supplied, contract, exit strategy, security requirements, assessment',
        querystring: SupplierQuerySchema,
        response: { 200: itemsOf(SupplierSchema) },
      },
    },
    async (request) => ({ items: await listOrgSuppliers(db, orgContext(request), request.query) }),
  );

  app.post(
    '/api/v1/suppliers',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Add a supplier to the register',
        body: SupplierCreateSchema,
        response: { 201: SupplierSchema, 409: NAME_TAKEN },
      },
    },
    async (request, reply) => reply.status(201).send(await createSupplier(deps, orgContext(request), request.body)),
  );

  app.get(
    '/api/v1/suppliers/:id',
    {
      config: { access: 'org:read' },
      schema: { tags, summary: 'One supplier', params: IdParams, response: { 200: SupplierSchema } },
    },
    async (request) => getSupplier(db, orgContext(request), request.params.id),
  );

  app.patch(
    '/api/v1/suppliers/:id',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Change a supplier (contract, exit strategy, security requirements, last assessment)',
        params: IdParams,
        body: SupplierUpdateSchema,
        response: { 200: SupplierSchema, 409: NAME_TAKEN },
      },
    },
    async (request) => changeSupplier(deps, orgContext(request), { id: request.params.id, changes: request.body }),
  );

  app.delete(
    '/api/v1/suppliers/:id',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Remove a supplier, its links to the services it supplied and the alternatives that name it',
        params: IdParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await removeSupplier(deps, orgContext(request), { id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/suppliers/:id/services/:assetId',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: "Link a supplier's service or utility of the graph to this supplier, with its recovery time",
        params: SuppliedServiceParams,
        body: SuppliedServiceInputSchema,
        response: { 200: SuppliedServiceSchema },
      },
    },
    async (request) =>
      linkSuppliedService(deps, orgContext(request), {
        ...request.body,
        supplierId: request.params.id,
        assetId: request.params.assetId,
      }),
  );

  app.delete(
    '/api/v1/suppliers/:id/services/:assetId',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'The supplier no longer supplies this service',
        params: SuppliedServiceParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await unlinkSuppliedService(deps, orgContext(request), {
        supplierId: request.params.id,
        assetId: request.params.assetId,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/supplier-dependencies',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: "Every dependency on a supplier's service or utility, its supplier and the alternative if identified",
        querystring: SupplierDependencyQuerySchema,
        response: { 200: itemsOf(SupplierDependencySchema) },
      },
    },
    async (request) => ({ items: await listOrgSupplierDependencies(db, orgContext(request), request.query) }),
  );

  app.put(
    '/api/v1/supplier-dependencies/:fromAssetId/:toAssetId/alternative',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'Record the alternative supplier identified for this dependency and the switch-over time',
        params: SupplierDependencyParams,
        body: AlternativeInputSchema,
        response: { 200: SupplierDependencySchema },
      },
    },
    async (request) => recordAlternative(deps, orgContext(request), { ...request.body, ...request.params }),
  );

  app.delete(
    '/api/v1/supplier-dependencies/:fromAssetId/:toAssetId/alternative',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: 'This dependency no longer has an identified alternative',
        params: SupplierDependencyParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await removeAlternative(deps, orgContext(request), request.params);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/supplier-concentration',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary:
          'Single points of failure: suppliers and utilities on which several critical services depend without an alternative',
        querystring: ConcentrationQuerySchema,
        response: { 200: ConcentrationSchema },
      },
    },
    async (request) => supplierConcentration(db, orgContext(request), request.query),
  );
};
