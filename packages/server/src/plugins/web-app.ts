import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler.ts';

/** Serves the built SPA; unknown non-API paths get index.html so client-side routes deep-link. */
export async function registerWebApp(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  const hasBuild = webDist !== undefined && existsSync(path.join(webDist, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDist,
      // Wildcard: files are looked up per request, so a rebuild is served without a restart.
      wildcard: true,
      index: ['index.html'],
      // The build writes .br and .gz beside each text asset (packages/web/build/precompress.ts): send the
      // one the browser accepts, the plain file otherwise.
      preCompressed: true,
      setHeaders: (reply, file) => {
        // Vite puts a content hash in asset names: those may be cached for ever; index.html never.
        reply.header(
          'Cache-Control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html');
    if (isPage && hasBuild) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    if (isPage) {
      return reply
        .type('text/plain; charset=utf-8')
        .send('The web app is not built. Run `npm run build` (or `npm start`, which builds it).');
    }
    return sendProblem(reply, 404, 'not_found', `No resource at ${request.method} ${request.url.split('?')[0]}`);
  });
}
