// TAXII 2.1 server (OASIS Standard, 10 June 2021; issue 14 item 3). Outside /api/: TAXII prescribes its own
// media type (application/taxii+json;version=2.1, §1.6.8), its own error shape (the error message resource,
// §3.6.1) and its own paging (limit/next, §3.4-3.5), so these routes are not in the ADR-linted JSON API or the
// OpenAPI document. Authentication (§1.6.9 leaves the scheme open): HTTP Basic with an API token as the
// password (any user name), or `Authorization: Bearer <API token>` — checked by the platform's one access
// control (plugins/access-control.ts, `credentials: 'token'`), and every route declares `config.access`, so
// the authorisation matrix walks these routes too. One API root (`/taxii2/weerbaar/`), one collection per
// community the token's organisation belongs to; every object read is filtered by the one TLP rule
// (core/src/sharing/visibility.ts) in SQL. test/medium/taxii-conformance.test.ts walks the MUSTs.
import { randomUUID } from 'node:crypto';
import { DomainError, hasPermission, type Permission } from '@weerbaar/core/platform';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrgActor } from '../../kernel/actor.ts';
import { policyActorOf } from '../../kernel/authorize.ts';
import { orgContext } from '../../plugins/access-control.ts';
import { statusOfDomainError } from '../../plugins/error-handler.ts';
import type { VersionMatch } from '../../services/sharing/sharing-queries.ts';
import { addTaxiiObjects } from '../../services/sharing/add-taxii-objects.ts';
import { deleteStixObject } from '../../services/sharing/delete-stix-object.ts';
import { taxiiCollections, taxiiPage, taxiiStatus } from '../../services/sharing/sharing-queries.ts';
import type { RouteDeps } from '../route-deps.ts';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
export const API_ROOT = 'weerbaar';
/** Most objects one page holds (§3.4: the server may return fewer than the client's limit). */
export const TAXII_MAX_PAGE = 1000;
const MAX_CONTENT_LENGTH = 1_048_576;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STIX_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

class TaxiiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly description?: string,
  ) {
    super(title);
  }
}

/** The error message resource (§3.6.1): title, description, http_status as a string. */
function sendError(reply: FastifyReply, status: number, title: string, description?: string) {
  if (status === 401) reply.header('WWW-Authenticate', 'Basic realm="taxii", charset="UTF-8", Bearer');
  return reply
    .status(status)
    .header('content-type', TAXII_MEDIA_TYPE)
    .send(Buffer.from(JSON.stringify({ title, ...(description ? { description } : {}), http_status: String(status) })));
}

/** Media ranges of an Accept header; does any accept TAXII 2.1 (§1.6.8)? No header accepts anything. */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(',').some((range) => {
    const [type, ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    if (type === '*/*' || type === 'application/*') return true;
    if (type !== 'application/taxii+json') return false;
    const version = params.find((p) => p.startsWith('version='));
    return version === undefined || version === 'version=2.1';
  });
}

function isTaxiiContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  return type === 'application/taxii+json' && params.includes('version=2.1');
}

/** Route options of a TAXII route: who may call it, by API token only (plugins/access-control.ts). */
const access = (permission: Permission) =>
  ({ config: { access: permission, credentials: 'token' as const }, schema: { hide: true } }) as const;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
};

type Query = Record<string, string | string[] | undefined>;
/** One query parameter; a parameter given twice is malformed (§3.4: added_after, limit once; each match field once). */
function single(q: Query, key: string): string | undefined {
  const value = q[key];
  if (Array.isArray(value)) throw badRequest(`${key} must not occur more than once`);
  return value;
}
/** A comma-separated match field (§3.4: several values are a logical OR). */
function list(q: Query, key: string): string[] | undefined {
  const value = single(q, key);
  if (value === undefined) return undefined;
  const values = value.split(',');
  if (values.some((v) => v === '')) throw badRequest(`${key} has an empty value`);
  return values;
}

function badRequest(description: string): TaxiiError {
  return new TaxiiError(400, 'Bad Request', description);
}

function parseTimestamp(value: string, name: string): string {
  if (!STIX_TIMESTAMP.test(value) || Number.isNaN(Date.parse(value)))
    throw badRequest(`${name} must be a timestamp such as 2026-12-07T10:00:00.000Z`);
  return value;
}

/** match[version] (§3.4.1): last (default), first, all, or timestamps; several combine as OR. */
function versionsOf(q: Query, fallback: 'last' | 'all'): VersionMatch {
  const values = list(q, 'match[version]') ?? [fallback];
  // §3.4.1: no keyword or version twice, and all with nothing else.
  if (new Set(values).size !== values.length) throw badRequest('match[version] has a value twice');
  if (values.includes('all') && values.length > 1) throw badRequest('match[version]=all goes with no other value');
  const v: VersionMatch = { last: false, first: false, all: false, at: [] };
  for (const value of values) {
    if (value === 'last') v.last = true;
    else if (value === 'first') v.first = true;
    else if (value === 'all') v.all = true;
    else v.at.push(new Date(parseTimestamp(value, 'match[version]')));
  }
  return v;
}

function limitOf(q: Query): number {
  const raw = single(q, 'limit');
  if (raw === undefined) return TAXII_MAX_PAGE;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) throw badRequest('limit must be a positive integer');
  return Math.min(Number(raw), TAXII_MAX_PAGE);
}

const encodeNext = (dateAdded: Date, seq: string) =>
  Buffer.from(JSON.stringify([dateAdded.toISOString(), seq])).toString('base64url');

function nextOf(q: Query): { dateAdded: Date; seq: string } | undefined {
  const raw = single(q, 'next');
  if (raw === undefined) return undefined;
  try {
    const [at, seq] = JSON.parse(Buffer.from(String(raw), 'base64url').toString('utf8')) as [string, string];
    if (typeof at !== 'string' || typeof seq !== 'string' || !/^\d{1,19}$/.test(seq) || Number.isNaN(Date.parse(at)))
      throw new Error('bad');
    return { dateAdded: new Date(at), seq };
  } catch {
    throw badRequest('next is not a value this server gave');
  }
}

function collectionIdOf(params: unknown): string {
  const id = (params as { collectionId: string }).collectionId;
  if (!UUID.test(id)) throw new TaxiiError(404, 'Not Found', 'No such collection');
  return id;
}

interface Paged {
  rows: { id: string; modified: string; spec_version: string; date_added: Date; seq: string; json: string }[];
  more: boolean;
}

function dateHeaders(reply: FastifyReply, rows: Paged['rows']) {
  if (rows.length === 0) return;
  // TAXII 2.1 timestamps (§3.2): RFC 3339 in UTC with a Z; milliseconds, as date_added is kept (toISOString).
  reply.header('X-TAXII-Date-Added-First', rows[0]!.date_added.toISOString());
  reply.header('X-TAXII-Date-Added-Last', rows.at(-1)!.date_added.toISOString());
}

/** more and next of an envelope (§3.7): next only when there is more. */
function pagingOf({ rows, more }: Paged): string {
  const last = rows.at(-1);
  return `"more":${more}${more && last ? `,"next":${JSON.stringify(encodeNext(last.date_added, last.seq))}` : ''}`;
}

function sendJson(reply: FastifyReply, body: string | object) {
  // A Buffer: Fastify would rewrite the media type of a string body (version="2.1"; charset=utf-8), and §3.1
  // asks for the TAXII media type with its version parameter as §1.6.8 writes it.
  return reply
    .header('content-type', TAXII_MEDIA_TYPE)
    .send(Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)));
}

export async function taxiiRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { db } = deps;
  // API roots as relative URLs (§4.1.1: HTTPS absolute or relative; the installation may run on http locally).
  const base = '/taxii2';
  app.addContentTypeParser('application/taxii+json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new TaxiiError(400, 'Bad Request', 'The body is not JSON'), undefined);
    }
  });

  app.setErrorHandler((error: FastifyError | TaxiiError | DomainError, request, reply) => {
    if (error instanceof TaxiiError) return sendError(reply, error.status, error.title, error.description);
    if (error instanceof DomainError) {
      const status = statusOfDomainError(error.code);
      return sendError(reply, status, TITLES[status] ?? error.code, error.message);
    }
    const status = (error as FastifyError).statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'TAXII request failed');
    if ((error as FastifyError).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return sendError(reply, 415, 'Unsupported Media Type', `Send ${TAXII_MEDIA_TYPE}`);
    return sendError(
      reply,
      status,
      status >= 500 ? 'Internal Server Error' : 'Bad Request',
      status >= 500 ? undefined : error.message,
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'Not Found', `No TAXII resource at ${request.url.split('?')[0]}`),
  );

  // Authentication (§1.6.9: the access control's onRequest hook, which runs before this one), then content
  // negotiation (§1.6.8): 401 → 403 → 406 → 415.
  app.addHook('onRequest', async (request) => {
    if (!acceptsTaxii(request.headers.accept))
      throw new TaxiiError(406, 'Not Acceptable', `This server answers in ${TAXII_MEDIA_TYPE}`);
    if (request.method === 'POST' && !isTaxiiContentType(request.headers['content-type']))
      throw new TaxiiError(415, 'Unsupported Media Type', `Send ${TAXII_MEDIA_TYPE}`);
  });

  // §4.1 Server Discovery.
  app.get('/', access('org:read'), async (request, reply) => {
    return sendJson(reply, {
      title: 'Weerbaar TAXII 2.1',
      description: 'Informatie delen binnen gemeenschappen, met TLP 2.0 per object',
      default: `${base}/${API_ROOT}/`,
      api_roots: [`${base}/${API_ROOT}/`],
    });
  });

  // §4.2 Get API Root Information.
  app.get(`/${API_ROOT}/`, access('org:read'), async (request, reply) => {
    return sendJson(reply, {
      title: 'Weerbaar',
      description: 'Eén collectie per gemeenschap waarvan uw organisatie lid is',
      versions: [TAXII_MEDIA_TYPE],
      max_content_length: MAX_CONTENT_LENGTH,
    });
  });

  // §4.3 Get Status.
  app.get(`/${API_ROOT}/status/:statusId/`, access('org:read'), async (request, reply) => {
    const ctx = orgContext(request);
    const id = (request.params as { statusId: string }).statusId;
    const row = UUID.test(id) ? await taxiiStatus(db, ctx, id) : undefined;
    if (!row) throw new TaxiiError(404, 'Not Found', 'No such status');
    return sendJson(reply, row.status as object);
  });

  const collectionOf = (row: Awaited<ReturnType<typeof taxiiCollections>>[number], ctx: OrgActor) => ({
    id: row.id,
    title: row.name,
    ...(row.description ? { description: row.description } : {}),
    can_read: true,
    can_write: hasPermission(policyActorOf(ctx), 'information:share'),
    media_types: [STIX_MEDIA_TYPE],
  });

  // §5.1 Get Collections.
  app.get(`/${API_ROOT}/collections/`, access('org:read'), async (request, reply) => {
    const ctx = orgContext(request);
    const rows = await taxiiCollections(db, ctx);
    return sendJson(reply, rows.length ? { collections: rows.map((r) => collectionOf(r, ctx)) } : {});
  });

  // §5.2 Get A Collection.
  app.get(`/${API_ROOT}/collections/:collectionId/`, access('org:read'), async (request, reply) => {
    const ctx = orgContext(request);
    const [row] = await taxiiCollections(db, ctx, collectionIdOf(request.params));
    if (!row) throw new TaxiiError(404, 'Not Found', 'No such collection');
    return sendJson(reply, collectionOf(row, ctx));
  });

  const filterOf = (request: FastifyRequest, objectId?: string, versionFallback: 'last' | 'all' = 'last') => {
    const q = request.query as Query;
    const addedAfter =
      q.added_after === undefined ? undefined : new Date(parseTimestamp(String(q.added_after), 'added_after'));
    return {
      communityId: collectionIdOf(request.params),
      ids: objectId ? [objectId] : list(q, 'match[id]'),
      types: objectId ? undefined : list(q, 'match[type]'),
      specVersions: list(q, 'match[spec_version]'),
      versions: versionsOf(q, versionFallback),
      addedAfter,
      after: nextOf(q),
      limit: limitOf(q),
    };
  };

  // §5.3 Get Manifests.
  app.get(`/${API_ROOT}/collections/:collectionId/manifest/`, access('org:read'), async (request, reply) => {
    const ctx = orgContext(request);
    const page = await taxiiPage(db, ctx, filterOf(request), false);
    dateHeaders(reply, page.rows);
    if (page.rows.length === 0) return sendJson(reply, '{}');
    const objects = page.rows.map((r) => ({
      id: r.id,
      date_added: r.date_added.toISOString(),
      version: r.modified,
      media_type: STIX_MEDIA_TYPE,
    }));
    return sendJson(reply, `{${pagingOf(page)},"objects":${JSON.stringify(objects)}}`);
  });

  // §5.4 Get Objects.
  app.get(`/${API_ROOT}/collections/:collectionId/objects/`, access('org:read'), async (request, reply) => {
    const ctx = orgContext(request);
    const page = await taxiiPage(db, ctx, filterOf(request));
    dateHeaders(reply, page.rows);
    if (page.rows.length === 0) return sendJson(reply, '{}');
    return sendJson(reply, `{${pagingOf(page)},"objects":[${page.rows.map((r) => r.json).join(',')}]}`);
  });

  // §5.5 Add Objects.
  app.post(`/${API_ROOT}/collections/:collectionId/objects/`, access('information:share'), async (request, reply) => {
    const ctx = orgContext(request);
    const communityId = collectionIdOf(request.params);
    const body = request.body as { objects?: unknown } | null;
    if (typeof body !== 'object' || body === null || !Array.isArray(body.objects))
      throw badRequest('The body must be an envelope with objects');
    const status = await addTaxiiObjects(deps, ctx, { communityId, statusId: randomUUID(), objects: body.objects });
    return sendJson(reply.status(202), status);
  });

  // §5.6 Get An Object.
  app.get(`/${API_ROOT}/collections/:collectionId/objects/:objectId/`, access('org:read'), async (request, reply) => {
    const ctx = orgContext(request);
    const objectId = (request.params as { objectId: string }).objectId;
    const page = await taxiiPage(db, ctx, filterOf(request, objectId));
    if (page.rows.length === 0) throw new TaxiiError(404, 'Not Found', 'No such object, or none you may read');
    dateHeaders(reply, page.rows);
    return sendJson(reply, `{${pagingOf(page)},"objects":[${page.rows.map((r) => r.json).join(',')}]}`);
  });

  // §5.7 Delete An Object.
  app.delete(
    `/${API_ROOT}/collections/:collectionId/objects/:objectId/`,
    access('information:share'),
    async (request, reply) => {
      const ctx = orgContext(request);
      const q = request.query as Query;
      await deleteStixObject(deps, ctx, {
        communityId: collectionIdOf(request.params),
        objectId: (request.params as { objectId: string }).objectId,
        versions: versionsOf(q, 'all'),
        specVersions: list(q, 'match[spec_version]'),
      });
      return reply.status(200).header('content-type', TAXII_MEDIA_TYPE).send(Buffer.alloc(0));
    },
  );

  // §5.8 Get Object Versions.
  app.get(
    `/${API_ROOT}/collections/:collectionId/objects/:objectId/versions/`,
    access('org:read'),
    async (request, reply) => {
      const ctx = orgContext(request);
      const objectId = (request.params as { objectId: string }).objectId;
      const page = await taxiiPage(
        db,
        ctx,
        { ...filterOf(request, objectId, 'all'), versions: { last: false, first: false, all: true, at: [] } },
        false,
      );
      if (page.rows.length === 0) throw new TaxiiError(404, 'Not Found', 'No such object, or none you may read');
      dateHeaders(reply, page.rows);
      return sendJson(reply, `{${pagingOf(page)},"versions":${JSON.stringify(page.rows.map((r) => r.modified))}}`);
    },
  );
}
