import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildOpenApiDocument } from '../../plugins/openapi-document.ts';
import type { RouteDeps } from '../route-deps.ts';

export const openApiRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app) => {
  // Routes are fixed once the app is ready: build (clone and walk) the document on first request only.
  let document: Record<string, unknown> | undefined;
  app.get('/api/v1/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => {
    document ??= buildOpenApiDocument(app);
    return document;
  });
};
