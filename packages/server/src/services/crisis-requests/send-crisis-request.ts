import { randomUUID } from 'node:crypto';
import type { CrisisRequest, SendCrisisRequest } from '@weerbaar/core/crisis';
import { DomainError, invalidField } from '@weerbaar/core/platform';
import {
  communityMemberIds,
  findCrisisRequest,
  insertCrisisRequest,
  insertRecipients,
  listRegistryCandidates,
} from '../../repositories/crisis-request.repository.ts';
import { findReadableCrisis, listTeam } from '../../repositories/crisis.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { canonicalJson, sha256Hex } from '../../kernel/audit-chain.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { loadCrisisRequest } from './crisis-request-queries.ts';

function contentDigest(input: SendCrisisRequest, entityIds: readonly string[]): string {
  const { id: _id, entityIds: _e, communityIds: _c, ...content } = input;
  return sha256Hex(canonicalJson({ ...content, entityIds: [...entityIds].sort() }));
}

/**
 * The authority sends an uitvraag or a crisis message to registered entities (issue 16 items 3-4; the Minister
 * as cyber crisis management authority, Cbw art. 18, NIS2 Art. 9(1)). One recipient row per entity with its own
 * message id: the entity installation pulls it over its existing connection (docs/DELIVERY.md, "Authority →
 * entity"), on this installation and on another alike. The selection is the named entities plus the registered
 * members of the named communities of this authority. Repeating the same id with the same content returns the
 * request; with other content it is a conflict.
 */
export const sendCrisisRequest = defineUseCase({
  actions: ['crisis-request.sent'],
  async run({ trx, now, record, unchanged }, ctx: OrgActor, input: SendCrisisRequest): Promise<CrisisRequest> {
    authorize(ctx, 'send', { type: 'crisis-request', orgId: ctx.orgId }, 'Crisis request');
    if (input.kind === 'crisis-message' && input.dueAt !== null)
      throw invalidField('body.dueAt', 'only an uitvraag (information-request) has a due time');
    if (input.dueAt !== null && new Date(input.dueAt) <= now) throw invalidField('body.dueAt', 'must be in the future');
    // Within a crisis: the authority's own, still open, and only its coordinators send (crisis-team role).
    let exercise = input.exercise;
    if (input.crisisId) {
      const crisis = await findReadableCrisis(trx, ctx.orgId, input.crisisId);
      if (!crisis || crisis.org_id !== ctx.orgId) throw invalidField('body.crisisId', 'is not a crisis of yours');
      if (crisis.status === 'closed') throw new DomainError('conflict', 'The crisis is closed');
      const team = await listTeam(trx, ctx.orgId, crisis.id);
      const userId = ctx.actor.type === 'user' ? ctx.actor.userId : null;
      if (!team.some((t) => t.user_id === userId && t.role === 'coordinator'))
        throw new DomainError('forbidden', 'Only a coordinator of this crisis sends requests and messages in it');
      // An exercise crisis marks everything it sends as an exercise, never mixed with the real.
      exercise = crisis.is_exercise;
    }
    const members = await communityMemberIds(trx, ctx.orgId, input.communityIds);
    const wanted = [...new Set([...input.entityIds, ...members])];
    const entities = await listRegistryCandidates(trx, ctx.orgId, wanted);
    const unknown = input.entityIds.filter((id) => !entities.some((e) => e.entity_id === id));
    if (unknown.length > 0)
      throw invalidField('body.entityIds', `not in your registry: ${unknown.slice(0, 5).join(', ')}`);
    if (entities.length === 0)
      throw invalidField(
        'body.entityIds',
        'choose at least one registered entity (or a community with registered members)',
        'required',
      );
    const id = input.id ?? randomUUID();
    const digest = contentDigest(
      input,
      entities.map((e) => e.entity_id),
    );
    const existing = await findCrisisRequest(trx, ctx.orgId, id);
    if (existing) {
      if (existing.content_digest !== digest)
        throw new DomainError('conflict', 'This request id was already used for another request', [
          { name: 'body.id', reason: 'already used for a different request', code: 'taken' },
        ]);
      unchanged();
      return loadCrisisRequest(trx, existing, now);
    }
    await insertCrisisRequest(trx, {
      org_id: ctx.orgId,
      id,
      kind: input.kind,
      crisis_id: input.crisisId,
      subject: input.subject,
      body: input.body,
      tlp: input.tlp,
      due_at: input.dueAt ? new Date(input.dueAt) : null,
      exercise,
      content_digest: digest,
      sent_by: ctx.actor.label,
      sent_at: now,
    });
    await insertRecipients(
      trx,
      entities.map((e) => ({
        org_id: ctx.orgId,
        request_id: id,
        entity_id: e.entity_id,
        entity_name: e.name,
        message_id: randomUUID(),
      })),
    );
    await record(
      'crisis-request.sent',
      {
        subjectType: 'crisis-request',
        subjectId: id,
        after: { kind: input.kind, subject: input.subject, tlp: input.tlp, dueAt: input.dueAt, exercise },
        details: { crisisId: input.crisisId, entityIds: entities.map((e) => e.entity_id), contentDigest: digest },
      },
      { requestId: id, kind: input.kind, recipients: entities.length },
    );
    const row = await findCrisisRequest(trx, ctx.orgId, id);
    return loadCrisisRequest(trx, row!, now);
  },
});
