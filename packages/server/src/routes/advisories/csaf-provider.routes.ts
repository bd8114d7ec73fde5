// The authority as a CSAF 2.0 provider (issue 14 item 4; CSAF §7.1): its provider-metadata.json at the
// well-known path (§7.1.1 requirement 1 and §7.1.7), and its TLP:CLEAR advisories in a directory
// distribution (§7.1.13 index.txt, §7.1.14 changes.csv, §7.1.18 a .sha512 per file) and a ROLIE feed
// (§7.1.16). CSAF 2.0 names the directory of a TLP label by its TLP 1.0 name: CLEAR is served as "white".
// Public: no login, and only TLP:CLEAR advisories the authority holds (services/advisories/
// csaf-provider-queries.ts). Aggregators poll these often: each answer carries an ETag and Last-Modified
// from the newest change, and a conditional request for an unchanged feed gets 304 without reading it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  providerPublisherName,
  publicCsafEntries,
  publicCsafFile,
  publicCsafStamp,
} from '../../services/advisories/csaf-provider-queries.ts';
import type { RouteDeps } from '../route-deps.ts';

const CSAF_SCHEMA = 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json';

/**
 * Sets ETag, Last-Modified and Cache-Control; true when the client's copy is current (RFC 9110 §13.1:
 * If-None-Match decides when present, else If-Modified-Since) and a 304 has been sent.
 */
function notModified(
  request: FastifyRequest,
  reply: FastifyReply,
  stamp: { etag: string; lastModified: Date },
): boolean {
  reply.header('etag', stamp.etag);
  reply.header('last-modified', stamp.lastModified.toUTCString());
  reply.header('cache-control', 'public, max-age=60, must-revalidate');
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = request.headers['if-modified-since'];
  let current = false;
  if (ifNoneMatch !== undefined) {
    current = ifNoneMatch
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .some((t) => t === '*' || t === stamp.etag);
  } else if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    current = !Number.isNaN(since) && Math.floor(stamp.lastModified.getTime() / 1000) * 1000 <= since;
  }
  if (current) reply.status(304).send();
  return current;
}

export const csafProviderRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, config } = deps;
  const base = `${config.publicUrl.replace(/\/$/, '')}/.well-known/csaf`;
  const feedUrl = `${base}/feed-tlp-white.json`;
  const fileUrl = (path: string) => `${base}/white/${path}`;
  const open = { config: { access: 'public' as const }, schema: { hide: true } };

  app.get('/.well-known/csaf/provider-metadata.json', open, async (request, reply) => {
    const stamp = await publicCsafStamp(db);
    if (notModified(request, reply, stamp)) return reply;
    return {
      canonical_url: `${base}/provider-metadata.json`,
      distributions: [
        {
          directory_url: `${base}/white/`,
          rolie: { feeds: [{ summary: 'TLP:CLEAR advisories', tlp_label: 'WHITE', url: feedUrl }] },
        },
      ],
      last_updated: stamp.lastModified.toISOString(),
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
  });

  app.get('/.well-known/csaf/feed-tlp-white.json', open, async (request, reply) => {
    const stamp = await publicCsafStamp(db);
    if (notModified(request, reply, stamp)) return reply;
    const entries = await publicCsafEntries(db);
    return reply.type('application/json').send({
      feed: {
        id: 'weerbaar-csaf-feed-tlp-white',
        title: 'Weerbaar CSAF feed (TLP:CLEAR)',
        link: [{ rel: 'self', href: feedUrl }],
        category: [{ scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' }],
        updated: stamp.lastModified.toISOString(),
        entry: entries.map((e) => ({
          id: e.trackingId,
          title: e.title,
          link: [
            { rel: 'self', href: fileUrl(e.path) },
            { rel: 'hash', href: `${fileUrl(e.path)}.sha512` },
          ],
          published: e.published.toISOString(),
          updated: e.updated.toISOString(),
          content: { type: 'application/json', src: fileUrl(e.path) },
          format: { schema: CSAF_SCHEMA, version: '2.0' },
        })),
      },
    });
  });

  app.get('/.well-known/csaf/white/index.txt', open, async (request, reply) => {
    if (notModified(request, reply, await publicCsafStamp(db))) return reply;
    const entries = await publicCsafEntries(db);
    return reply.type('text/plain; charset=utf-8').send(entries.map((f) => `${f.path}\n`).join(''));
  });

  app.get('/.well-known/csaf/white/changes.csv', open, async (request, reply) => {
    if (notModified(request, reply, await publicCsafStamp(db))) return reply;
    const entries = await publicCsafEntries(db);
    return reply
      .type('text/csv; charset=utf-8')
      .send(entries.map((f) => `"${f.path}","${f.updated.toISOString()}"\n`).join(''));
  });

  app.get(
    '/.well-known/csaf/white/:year/:file',
    {
      config: { access: 'public' },
      schema: { hide: true, params: z.object({ year: z.string().regex(/^\d{4}$/), file: z.string().max(300) }) },
    },
    async (request, reply) => {
      const { year, file } = request.params;
      const wantsHash = file.endsWith('.sha512');
      const path = `${year}/${wantsHash ? file.slice(0, -'.sha512'.length) : file}`;
      const found = await publicCsafFile(db, path, wantsHash ? 'sha512' : 'text');
      if (!found) return reply.status(404).type('text/plain').send('not found');
      if (wantsHash) return reply.type('text/plain').send(found.body);
      return reply.type('application/json').send(found.body);
    },
  );
};
