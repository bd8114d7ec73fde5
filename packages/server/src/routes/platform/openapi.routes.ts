import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildOpenApiDocument } from '../../plugins/openapi-document.ts';
import type { RouteDeps } from '../route-deps.ts';

export const openApiRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app) => {
  app.get('/api/v1/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    buildOpenApiDocument(app),
  );
};
