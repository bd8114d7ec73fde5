// Reads of supervision, for the supervisor (its kinds, sector table, entities, requests, findings) and for
// the entity (the requests and findings addressed to it). Each read authorises through the policies.
import { notFound } from '@weerbaar/core/platform';
import {
  CONFIGURABLE_SECTORS,
  type AuthorityKinds,
  type Finding,
  type InformationRequest,
  type InformationRequestSummary,
  type RequestDocument,
  type RequestListQuery,
  type SectorAuthority,
  type SupervisedEntity,
} from '@weerbaar/core/supervision';
import type { Db, DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import {
  findReceivedRequest,
  findRequest,
  findSupervisedEntity,
  listActsFor,
  listAuthorityKinds,
  listDocuments,
  listFindings,
  listMessages,
  listReceivedFindings,
  listReceivedRequests,
  listRequests,
  listSectorAuthorityOverrides,
  readDocument,
  type RequestWithNames,
} from '../../repositories/supervision.repository.ts';
import { supervisionSubject } from './supervision-guards.ts';
import {
  presentDocument,
  presentFinding,
  presentRequest,
  presentRequestSummary,
  presentSectorAuthority,
} from './supervision.presenter.ts';

/** No organisation: the side of a subject that is not the reader's. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

const authorizeSupervisorRead = (ctx: OrgActor) =>
  authorize(ctx, 'read', supervisionSubject(ctx.orgId, NOBODY, false), 'Supervision');
const authorizeEntityRead = (ctx: OrgActor) =>
  authorize(ctx, 'read', supervisionSubject(NOBODY, ctx.orgId, false), 'Supervision');

export async function getAuthorityKinds(db: Db, ctx: OrgActor): Promise<AuthorityKinds> {
  authorize(ctx, 'read', { type: 'authority-profile', orgId: ctx.orgId }, 'Authority');
  const [kinds, competentAuthorities] = await Promise.all([
    listAuthorityKinds(db, ctx.orgId),
    listActsFor(db, ctx.orgId),
  ]);
  return { kinds, competentAuthorities };
}

/** The authorities per sector as this authority organisation has them: its settings over the defaults. */
export async function sectorAuthorities(
  db: DbOrTrx,
  ctx: OrgActor,
  sectors = CONFIGURABLE_SECTORS,
): Promise<SectorAuthority[]> {
  authorize(ctx, 'read', { type: 'authority-profile', orgId: ctx.orgId }, 'Authority');
  const overrides = new Map((await listSectorAuthorityOverrides(db, ctx.orgId)).map((o) => [o.sector, o]));
  return sectors.map((s) => presentSectorAuthority(s, overrides.get(s)));
}

/** One entity of the registry as its supervisor sees it: authorities per sector, requests and findings. */
export async function getSupervisedEntity(
  db: Db,
  ctx: OrgActor,
  entityId: string,
  now: Date,
): Promise<SupervisedEntity> {
  authorizeSupervisorRead(ctx);
  const entity = await findSupervisedEntity(db, ctx.orgId, entityId);
  if (!entity) throw notFound('Entity');
  const [authorities, requests, findings] = await Promise.all([
    sectorAuthorities(db, ctx, entity.sectors),
    listRequests(db, ctx.orgId, { entityOrgId: entityId }),
    listFindings(db, ctx.orgId, entityId),
  ]);
  return {
    id: entity.entity_id,
    name: entity.name,
    classification: entity.classification,
    onThisInstallation: entity.local_org_id !== null,
    authorities,
    requests: requests.map((r) => presentRequestSummary(r, now)),
    findings: findings.map((f) => presentFinding(f, now)),
  };
}

export async function listSentRequests(
  db: Db,
  ctx: OrgActor,
  query: RequestListQuery,
  now: Date,
): Promise<InformationRequestSummary[]> {
  authorizeSupervisorRead(ctx);
  const rows = await listRequests(db, ctx.orgId, { status: query.status, entityOrgId: query.entityId });
  const items = rows.map((r) => presentRequestSummary(r, now));
  return query.overdue === undefined ? items : items.filter((i) => i.overdue === (query.overdue === 'true'));
}

export async function listRequestsReceived(db: Db, ctx: OrgActor, now: Date): Promise<InformationRequestSummary[]> {
  authorizeEntityRead(ctx);
  return (await listReceivedRequests(db, ctx.orgId)).map((r) => presentRequestSummary(r, now));
}

/** The whole request with its exchange and documents; read from the request's owner (the supervisor). */
export async function loadRequest(db: DbOrTrx, row: RequestWithNames, now: Date): Promise<InformationRequest> {
  const [messages, documents] = await Promise.all([
    listMessages(db, row.org_id, row.id),
    listDocuments(db, row.org_id, row.id),
  ]);
  return presentRequest(row, messages, documents, now);
}

export async function getSentRequest(db: Db, ctx: OrgActor, id: string, now: Date): Promise<InformationRequest> {
  authorizeSupervisorRead(ctx);
  const row = await findRequest(db, ctx.orgId, id);
  if (!row) throw notFound('Information request');
  return loadRequest(db, row, now);
}

export async function getReceivedRequest(db: Db, ctx: OrgActor, id: string, now: Date): Promise<InformationRequest> {
  authorizeEntityRead(ctx);
  const row = await findReceivedRequest(db, ctx.orgId, id);
  if (!row) throw notFound('Information request');
  return loadRequest(db, row, now);
}

/** A document of a request, for either side: the supervisor by its own id, the entity by the addressee. */
export async function openRequestDocument(
  db: Db,
  ctx: OrgActor,
  side: 'sent' | 'received',
  requestId: string,
  documentId: string,
): Promise<{ document: RequestDocument; content: AsyncIterable<Buffer> }> {
  if (side === 'sent') authorizeSupervisorRead(ctx);
  else authorizeEntityRead(ctx);
  const request =
    side === 'sent' ? await findRequest(db, ctx.orgId, requestId) : await findReceivedRequest(db, ctx.orgId, requestId);
  if (!request) throw notFound('Document');
  const row = await readDocument(db, request.org_id, request.id, documentId);
  if (!row) throw notFound('Document');
  const { content, ...meta } = row;
  async function* body(): AsyncGenerator<Buffer> {
    yield content;
  }
  return { document: presentDocument(meta), content: body() };
}

export async function listSupervisionFindings(
  db: Db,
  ctx: OrgActor,
  entityId: string | undefined,
  now: Date,
): Promise<Finding[]> {
  authorizeSupervisorRead(ctx);
  return (await listFindings(db, ctx.orgId, entityId)).map((f) => presentFinding(f, now));
}

export async function listFindingsReceived(db: Db, ctx: OrgActor, now: Date): Promise<Finding[]> {
  authorizeEntityRead(ctx);
  return (await listReceivedFindings(db, ctx.orgId)).map((f) => presentFinding(f, now));
}
