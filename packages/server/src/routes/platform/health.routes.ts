import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isReady } from '../../services/platform/readiness.ts';
import type { RouteDeps } from '../route-deps.ts';

/** Liveness says the process runs; readiness says it can reach its database. */
export const healthRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    (await isReady(db)) ? { status: 'ready' } : reply.status(503).send({ status: 'database unavailable' }),
  );
};
