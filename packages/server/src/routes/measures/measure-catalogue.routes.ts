// An organisation's own catalogues: import an OSCAL catalog as a custom framework (again: update it),
// list them, delete one.
import {
  CATALOGUE_MAX_BYTES,
  CustomCatalogueSchema,
  FrameworkParams,
  OscalCatalogUploadSchema,
} from '@weerbaar/core/measures';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { listOwnCatalogues } from '../../services/measures/custom-catalogues.ts';
import { deleteOscalCatalogue } from '../../services/measures/delete-oscal-catalogue.ts';
import { importOscalCatalogue } from '../../services/measures/import-oscal-catalogue.ts';
import { itemsOf, NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Measures'];

export const measureCatalogueRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  app.get(
    '/api/v1/measure-catalogues',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: "The organisation's own catalogues (imported OSCAL catalogs)",
        response: { 200: itemsOf(CustomCatalogueSchema) },
      },
    },
    async (request) => ({ items: await listOwnCatalogues(deps.db, orgContext(request)) }),
  );

  app.post(
    '/api/v1/measure-catalogues',
    {
      config: { access: 'measures:write' },
      bodyLimit: CATALOGUE_MAX_BYTES,
      schema: {
        tags,
        summary:
          'Import an OSCAL catalog as a custom framework of this organisation (adopt it with PUT /measure-frameworks/{catalogueId}); importing the same catalogue again (same id, derived from its title) updates it',
        body: OscalCatalogUploadSchema,
        response: {
          200: CustomCatalogueSchema.describe('The same catalogue was imported before: updated (or unchanged)'),
          201: CustomCatalogueSchema,
          413: problem('The document is larger than 16 MiB'),
        },
      },
    },
    async (request, reply) => {
      const { catalogue, created } = await importOscalCatalogue(deps, orgContext(request), {
        document: request.body,
      });
      return reply.status(created ? 201 : 200).send(catalogue);
    },
  );

  app.delete(
    '/api/v1/measure-catalogues/:catalogueId',
    {
      config: { access: 'measures:write' },
      schema: {
        tags,
        summary:
          "Delete one of the organisation's own catalogues and its adoption; its implementation records and evidence stay",
        params: FrameworkParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await deleteOscalCatalogue(deps, orgContext(request), { catalogueId: request.params.catalogueId });
      return reply.status(204).send(null);
    },
  );
};
