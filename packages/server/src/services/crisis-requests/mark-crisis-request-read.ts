import type { ReceivedCrisisRequest } from '@weerbaar/core/crisis';
import { notFound } from '@weerbaar/core/platform';
import { findAuthorityMessage, markMessageRead } from '../../repositories/crisis-request.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { getReceivedRequest } from './crisis-request-queries.ts';

/**
 * A person of the entity opened the message: noted once, on the entity's chain; the next pull tells the
 * authority ("gelezen" in its log of what was sent to whom).
 */
export const markCrisisRequestRead = defineUseCase({
  actions: ['crisis-request.read'],
  async run(
    { trx, now, record, unchanged },
    ctx: OrgActor,
    input: { messageId: string },
  ): Promise<ReceivedCrisisRequest> {
    authorize(ctx, 'read', { type: 'received-crisis-request', orgId: ctx.orgId }, 'Received request');
    if (!(await findAuthorityMessage(trx, ctx.orgId, input.messageId))) throw notFound('Received request');
    if (ctx.actor.type === 'user' && (await markMessageRead(trx, ctx.orgId, input.messageId, now)))
      await record(
        'crisis-request.read',
        { subjectType: 'received-crisis-request', subjectId: input.messageId },
        { messageId: input.messageId },
      );
    else unchanged();
    return getReceivedRequest(trx, ctx, input.messageId, now);
  },
});
