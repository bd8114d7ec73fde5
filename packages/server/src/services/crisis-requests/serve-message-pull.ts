import { PULL_LIMIT, type MessagePull, type MessagePullResult } from '@weerbaar/core/crisis';
import { confirmMessages, listUndelivered } from '../../repositories/crisis-request.repository.ts';
import { findOrganisation } from '../../repositories/organisation.repository.ts';
import {
  confirmRemoteFindings,
  confirmRemoteRequests,
  confirmRemoteSteps,
  listUndeliveredRemoteFindings,
  listUndeliveredRemoteRequests,
  listUndeliveredRemoteSteps,
} from '../../repositories/supervision.repository.ts';
import { presentPulledFinding, presentPulledRequest, presentPulledStep } from '../supervision/supervision.presenter.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { presentAuthorityMessage } from './crisis-request.presenter.ts';

/**
 * Authority side of the pull (docs/DELIVERY.md, "Authority → entity"): the entity installation, with the API
 * token it delivers with (bound to its sender), confirms the messages it stored and opened, and receives the
 * ones it has not confirmed yet. A message stays in every answer until its storage is confirmed, so a pull
 * whose answer was lost (the entity killed before it committed) is simply answered again; the entity stores
 * by message id, once. Confirmations are bookkeeping (no audit event): the entity's own chain records receipt.
 * A supervisor's information requests to this entity ride the same pull as a second kind (their own list,
 * confirmed in the same `delivered` list: ids are uuids, so one list serves both tables), and so do the
 * supervisor's later steps on them (more asked, accepted: `supervisionUpdates`, a third kind in the same list) and its findings about the entity (`supervisionFindings`,
 * confirmed by the version stored).
 */
export const serveMessagePull = defineUseCase({
  actions: [],
  async run({ trx, now, unchanged }, ctx: OrgActor, input: MessagePull): Promise<MessagePullResult> {
    unchanged();
    const { actor } = ctx;
    // Messages are addressed to a sender: only a token bound to one (its first delivery, or the authority
    // binding it) has any. A person of the authority, or a token not bound yet, is addressed by none.
    if (actor.type !== 'api-token' || !actor.senderOrgId)
      return { messages: [], supervisionRequests: [], supervisionUpdates: [], supervisionFindings: [] };
    const entityId = actor.senderOrgId;
    await confirmMessages(trx, ctx.orgId, entityId, input.delivered, 'delivered_at', now);
    await confirmMessages(trx, ctx.orgId, entityId, input.read, 'read_at', now);
    await confirmRemoteRequests(trx, ctx.orgId, entityId, input.delivered, now);
    await confirmRemoteSteps(trx, ctx.orgId, entityId, input.delivered, now);
    await confirmRemoteFindings(trx, ctx.orgId, entityId, input.delivered, now);
    const [rows, org, requests, steps, findings] = await Promise.all([
      listUndelivered(trx, ctx.orgId, entityId, PULL_LIMIT),
      findOrganisation(trx, ctx.orgId),
      listUndeliveredRemoteRequests(trx, ctx.orgId, entityId, PULL_LIMIT),
      listUndeliveredRemoteSteps(trx, ctx.orgId, entityId, PULL_LIMIT),
      listUndeliveredRemoteFindings(trx, ctx.orgId, entityId, PULL_LIMIT),
    ]);
    return {
      messages: rows.map((r) => presentAuthorityMessage(r, org?.name ?? '')),
      supervisionRequests: requests.map(presentPulledRequest),
      supervisionUpdates: steps.map(presentPulledStep),
      supervisionFindings: findings.map(presentPulledFinding),
    };
  },
});
