// The authority as a CSAF 2.0 provider (issue 14 item 4; CSAF §7.1): its provider-metadata.json at the
// well-known path (§7.1.1 requirement 1 and §7.1.7), and its TLP:CLEAR advisories in a directory
// distribution (§7.1.13 index.txt, §7.1.14 changes.csv, §7.1.18 a .sha512 per file). CSAF 2.0 names the
// directory of a TLP label by its TLP 1.0 name: CLEAR is served as "white". Public: no login, and only
// TLP:CLEAR advisories the authority holds (services/advisories/csaf-provider-queries.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sha512Of } from '../../services/advisories/csaf-sources.ts';
import { providerPublisherName, publicCsafFiles } from '../../services/advisories/csaf-provider-queries.ts';
import type { RouteDeps } from '../route-deps.ts';

export const csafProviderRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, config } = deps;
  const base = `${config.publicUrl.replace(/\/$/, '')}/.well-known/csaf`;

  const files = () => publicCsafFiles(db);

  app.get(
    '/.well-known/csaf/provider-metadata.json',
    { config: { access: 'public' }, schema: { hide: true } },
    async () => {
      const all = await files();
      return {
        canonical_url: `${base}/provider-metadata.json`,
        distributions: [{ directory_url: `${base}/white/` }],
        last_updated: (all[0]?.updated ?? new Date(0)).toISOString(),
        list_on_CSAF_aggregators: true,
        metadata_version: '2.0',
        mirror_on_CSAF_aggregators: true,
        publisher: {
          category: 'coordinator',
          name: await providerPublisherName(db),
          namespace: config.publicUrl.replace(/\/$/, ''),
        },
        role: 'csaf_provider',
      };
    },
  );

  app.get(
    '/.well-known/csaf/white/index.txt',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_r, reply) =>
      reply.type('text/plain; charset=utf-8').send((await files()).map((f) => `${f.path}\n`).join('')),
  );

  app.get(
    '/.well-known/csaf/white/changes.csv',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_r, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .send((await files()).map((f) => `"${f.path}","${f.updated.toISOString()}"\n`).join('')),
  );

  app.get(
    '/.well-known/csaf/white/:year/:file',
    {
      config: { access: 'public' },
      schema: { hide: true, params: z.object({ year: z.string().regex(/^\d{4}$/), file: z.string().max(300) }) },
    },
    async (request, reply) => {
      const { year, file } = request.params;
      const wantsHash = file.endsWith('.sha512');
      const name = `${year}/${wantsHash ? file.slice(0, -'.sha512'.length) : file}`;
      const found = (await files()).find((f) => f.path === name);
      if (!found) return reply.status(404).type('text/plain').send('not found');
      if (wantsHash) return reply.type('text/plain').send(`${sha512Of(found.text)}  ${name.split('/')[1]}\n`);
      return reply.type('application/json').send(found.text);
    },
  );
};
