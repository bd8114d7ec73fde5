import { OverviewSchema } from '@weerbaar/core/overview';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgContext } from '../../plugins/access-control.ts';
import { getOverview } from '../../services/overview/overview-queries.ts';
import type { RouteDeps } from '../route-deps.ts';

export const overviewRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  app.get(
    '/api/v1/overview',
    {
      config: { access: 'org:read' },
      schema: {
        tags: ['Overview'],
        summary: 'What needs doing today: deadlines, open work and registrations, for an entity or the authority',
        response: { 200: OverviewSchema },
      },
    },
    async (request) => getOverview(deps.db, orgContext(request), deps.clock.now()),
  );
};
