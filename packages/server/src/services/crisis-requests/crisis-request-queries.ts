// Reads of requests for information and crisis messages: the authority's (with recipients, answers and
// who has not answered), the affected-entities suggestion, and the entity's received messages.
import {
  AffectedEntityCriteriaSchema,
  suggestAffectedEntities,
  type AffectedEntity,
  type AffectedEntityCriteria,
  type CrisisRequest,
  type ReceivedCrisisRequest,
  type SuggestionReason,
} from '@weerbaar/core/crisis';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import type { CrisisRequestRow } from '../../db/schema-crisis-requests.ts';
import {
  answerDeliveries,
  countRecipients,
  entitiesByAdvisory,
  entitiesByObservables,
  findAuthorityMessage,
  findCrisisRequest,
  listAuthorityMessages,
  listCrisisRequestRows,
  listRecipients,
  listRegistryCandidates,
} from '../../repositories/crisis-request.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { presentCrisisRequest, presentReceivedRequest } from './crisis-request.presenter.ts';

export async function loadCrisisRequest(db: DbOrTrx, row: CrisisRequestRow, now: Date): Promise<CrisisRequest> {
  const [counts, recipients] = await Promise.all([
    countRecipients(db, row.org_id, [row.id], now),
    listRecipients(db, row.org_id, [row.id]),
  ]);
  return presentCrisisRequest(row, counts.get(row.id), recipients, now);
}

export async function getCrisisRequest(db: DbOrTrx, ctx: OrgActor, id: string, now: Date): Promise<CrisisRequest> {
  authorize(ctx, 'read', { type: 'crisis-request', orgId: ctx.orgId }, 'Crisis request');
  const row = await findCrisisRequest(db, ctx.orgId, id);
  if (!row) throw notFound('Crisis request');
  return loadCrisisRequest(db, row, now);
}

export async function listCrisisRequests(
  db: DbOrTrx,
  ctx: OrgActor,
  filter: { crisisId?: string | undefined },
  now: Date,
): Promise<{ items: Omit<CrisisRequest, 'recipients'>[] }> {
  authorize(ctx, 'read', { type: 'crisis-request', orgId: ctx.orgId }, 'Crisis request');
  const rows = await listCrisisRequestRows(db, ctx.orgId, filter.crisisId);
  const counts = await countRecipients(
    db,
    ctx.orgId,
    rows.map((r) => r.id),
    now,
  );
  return {
    items: rows.map((r) => {
      const { recipients: _r, ...rest } = presentCrisisRequest(r, counts.get(r.id), [], now);
      return rest;
    }),
  };
}

/** Which registered entities may be hit (issue 16 item 3): registry, campaign index, advisory matches. */
export async function suggestAffected(
  db: DbOrTrx,
  ctx: OrgActor,
  criteria: AffectedEntityCriteria,
): Promise<{ items: AffectedEntity[] }> {
  authorize(ctx, 'read', { type: 'crisis-request', orgId: ctx.orgId }, 'Crisis request');
  const c = AffectedEntityCriteriaSchema.parse(criteria);
  const [registry, observed, advised] = await Promise.all([
    listRegistryCandidates(db, ctx.orgId),
    entitiesByObservables(db, ctx.orgId, c.observables),
    c.advisoryId ? entitiesByAdvisory(db, ctx.orgId, c.advisoryId) : Promise.resolve([]),
  ]);
  const hits: { entityId: string; reason: SuggestionReason }[] = [
    ...observed.map((o) => ({ entityId: o.entity_id, reason: { kind: 'observable' as const, detail: o.value } })),
    ...advised.map((a) => ({ entityId: a.entity_id, reason: { kind: 'advisory' as const, detail: a.tracking_id } })),
  ];
  return {
    items: suggestAffectedEntities(
      registry.map((r) => ({ entityId: r.entity_id, name: r.name, sectors: r.sectors, province: r.province })),
      c,
      hits,
    ),
  };
}

export async function listReceivedRequests(
  db: DbOrTrx,
  ctx: OrgActor,
  now: Date,
): Promise<{ items: ReceivedCrisisRequest[] }> {
  authorize(ctx, 'read', { type: 'received-crisis-request', orgId: ctx.orgId }, 'Received request');
  const rows = await listAuthorityMessages(db, ctx.orgId);
  const deliveries = await answerDeliveries(
    db,
    ctx.orgId,
    rows.flatMap((r) => (r.answer_submission_id ? [r.answer_submission_id] : [])),
  );
  return {
    items: rows.map((r) =>
      presentReceivedRequest(r, r.answer_submission_id ? (deliveries.get(r.answer_submission_id) ?? null) : null, now),
    ),
  };
}

export async function getReceivedRequest(
  db: DbOrTrx,
  ctx: OrgActor,
  id: string,
  now: Date,
): Promise<ReceivedCrisisRequest> {
  authorize(ctx, 'read', { type: 'received-crisis-request', orgId: ctx.orgId }, 'Received request');
  const row = await findAuthorityMessage(db, ctx.orgId, id);
  if (!row) throw notFound('Received request');
  const deliveries = await answerDeliveries(db, ctx.orgId, row.answer_submission_id ? [row.answer_submission_id] : []);
  return presentReceivedRequest(
    row,
    row.answer_submission_id ? (deliveries.get(row.answer_submission_id) ?? null) : null,
    now,
  );
}
