import {
  BusinessImpactInputSchema,
  BusinessImpactParams,
  BusinessImpactSchema,
  BusinessImpactSummarySchema,
  BusinessImpactViewSchema,
} from '@weerbaar/core/continuity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { getBusinessImpactView, listBusinessImpacts } from '../../services/continuity/business-impact-queries.ts';
import { recordBusinessImpact } from '../../services/continuity/record-business-impact.ts';
import { itemsOf, type RouteDeps } from '../route-deps.ts';

const tags = ['Continuity'];

export const businessImpactRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/v1/business-impact-analyses',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Every service with its tolerance (MTPD), recovery objectives and how many warnings it has',
        response: { 200: itemsOf(BusinessImpactSummarySchema) },
      },
    },
    async (request) => ({ items: await listBusinessImpacts(db, orgContext(request)) }),
  );

  app.get(
    '/api/v1/business-impact-analyses/:assetId',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary:
          'The business impact analysis of a service (or the recovery objectives of an asset), its dependencies from the graph and the warnings',
        params: BusinessImpactParams,
        response: { 200: BusinessImpactViewSchema },
      },
    },
    async (request) => getBusinessImpactView(db, orgContext(request), request.params.assetId),
  );

  app.put(
    '/api/v1/business-impact-analyses/:assetId',
    {
      config: { access: 'risk:write' },
      schema: {
        tags,
        summary: "Record the business impact analysis of a service (MTPD included) or an asset's recovery objectives",
        params: BusinessImpactParams,
        body: BusinessImpactInputSchema,
        response: { 200: BusinessImpactSchema.extend({ maxTolerableDowntimeHours: z.int().nullable() }) },
      },
    },
    async (request) =>
      recordBusinessImpact(deps, orgContext(request), { ...request.body, assetId: request.params.assetId }),
  );
};
