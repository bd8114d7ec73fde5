import { randomUUID } from 'node:crypto';
import type { CrisisAnswerInput, CrisisAnswerPayload, ReceivedCrisisRequest } from '@weerbaar/core/crisis';
import { DomainError, notFound } from '@weerbaar/core/platform';
import { lockAuthorityMessage, setMessageAnswer } from '../../repositories/crisis-request.repository.ts';
import { findAssetsByIds } from '../../repositories/asset.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { enqueueSubmission } from '../delivery/enqueue-submission.ts';
import { getReceivedRequest } from './crisis-request-queries.ts';

/**
 * The entity answers an uitvraag from its own data (affected or not, since when, the impact, the services and
 * assets of its own graph). The answer travels back as a submission of kind 'crisis-request-answer' through the
 * outbox (docs/DELIVERY.md): queued in this transaction, delivered until the authority's signed receipt is
 * stored, received once by its id. A later answer replaces the earlier one at the authority (newest wins);
 * the same answerId again is the same answer.
 */
export const answerCrisisRequest = defineUseCase({
  actions: ['crisis-request.answered', 'submission.queued'],
  async run(scope, ctx: OrgActor, input: CrisisAnswerInput & { messageId: string }): Promise<ReceivedCrisisRequest> {
    const { trx, now, record, unchanged } = scope;
    authorize(ctx, 'answer', { type: 'received-crisis-request', orgId: ctx.orgId }, 'Received request');
    const message = await lockAuthorityMessage(trx, ctx.orgId, input.messageId);
    if (!message) throw notFound('Received request');
    if (message.kind !== 'information-request')
      throw new DomainError('conflict', 'A crisis message asks for no answer; only an uitvraag is answered');
    const answerId = input.answerId ?? randomUUID();
    if (message.answer_submission_id === answerId) {
      unchanged();
      return getReceivedRequest(trx, ctx, message.id, now);
    }
    // Only the organisation's own services and assets can be named; their names are taken from its graph.
    const assets = input.services.length
      ? await findAssetsByIds(
          trx,
          ctx.orgId,
          input.services.map((s) => s.id),
        )
      : [];
    const missing = input.services.filter((s) => !assets.some((a) => a.id === s.id));
    if (missing.length > 0)
      throw new DomainError('validation_failed', 'Some services are not in your asset register', [
        { name: 'body.services', reason: `not found: ${missing.map((m) => m.id).join(', ')}` },
      ]);
    const payload: CrisisAnswerPayload = {
      messageId: message.id,
      requestId: message.request_id,
      affected: input.affected,
      since: input.since ? new Date(input.since).toISOString() : null,
      impact: input.impact,
      services: assets.map((a) => ({ id: a.id, name: a.name })),
      note: input.note,
      answeredAt: now.toISOString(),
    };
    const event = await record(
      'crisis-request.answered',
      {
        subjectType: 'received-crisis-request',
        subjectId: message.id,
        after: payload,
        details: { answerId, authorityName: message.authority_name },
      },
      { messageId: message.id, requestId: message.request_id, answerId },
    );
    await enqueueSubmission(scope, ctx, {
      kind: 'crisis-request-answer',
      subjectId: message.id,
      submissionId: answerId,
      payload,
      auditHash: event.hash,
      recipients: [message.recipient],
    });
    await setMessageAnswer(trx, ctx.orgId, message.id, payload, answerId, now);
    return getReceivedRequest(trx, ctx, message.id, now);
  },
});
