import { RegistryEntityDetailSchema, RegistryEntitySchema, RegistryQuerySchema } from '@weerbaar/core/registration';
import { ExportFormatQuerySchema, pageOf } from '@weerbaar/core/platform';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { exportRegistryCsv, getRegistryEntity, listRegistry } from '../../services/registry/registry-queries.ts';
import { IdParams, type RouteDeps, sendCsv } from '../route-deps.ts';

const tags = ['Registry'];
const ExportQuerySchema = RegistryQuerySchema.omit({ page: true, pageSize: true }).extend(
  ExportFormatQuerySchema.shape,
);

export const registryRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get(
    '/api/v1/registry/entities',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'The register of entities, from their newest registration',
        querystring: RegistryQuerySchema,
        response: { 200: pageOf(RegistryEntitySchema) },
      },
    },
    async (request) => listRegistry(db, orgContext(request), request.query),
  );

  app.get(
    '/api/v1/registry/entities/export',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'The (filtered) register as CSV',
        querystring: ExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, one entity a row') },
      },
    },
    async (request, reply) => {
      return sendCsv(reply, 'register-entiteiten.csv', exportRegistryCsv(db, orgContext(request), request.query));
    },
  );

  app.get(
    '/api/v1/registry/entities/:id',
    {
      config: { access: 'authority:read' },
      schema: {
        tags,
        summary: 'One registered entity with its registration history',
        params: IdParams,
        response: { 200: RegistryEntityDetailSchema },
      },
    },
    async (request) => getRegistryEntity(db, orgContext(request), request.params.id),
  );
};
