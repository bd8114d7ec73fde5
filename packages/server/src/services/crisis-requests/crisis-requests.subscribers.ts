// Reactions of requests for information: the authority keeps each received answer on its recipient row
// (in the intake's transaction, as a subscriber of 'submission.received': received once per submission id);
// an entity that saves a delivery target starts pulling that authority's messages.
import { CrisisAnswerPayloadSchema } from '@weerbaar/core/crisis';
import { storeAnswer } from '../../repositories/crisis-request.repository.ts';
import type { DomainEvents } from '../../kernel/domain-events.ts';
import { ensurePulls } from './pull-messages.job.ts';

export function registerCrisisRequestSubscribers(events: DomainEvents): void {
  events.on('submission.received', 'crisis-requests.store-answers', async ({ trx }, received) => {
    for (const e of received) {
      if (e.data.kind !== 'crisis-request-answer' || !e.orgId) continue;
      const answer = CrisisAnswerPayloadSchema.parse(e.data.payload);
      // Only the entity the message was sent to can answer it: the sender is bound to the token.
      await storeAnswer(trx, e.orgId, e.data.sender.orgId, answer.messageId, answer, e.data.submissionId);
    }
  });
  events.on('delivery-target.updated', 'crisis-requests.start-pulls', async ({ trx, now }, updated) => {
    for (const orgId of new Set(updated.map((e) => e.orgId ?? e.subjectId).filter((id): id is string => !!id)))
      await ensurePulls(trx, orgId, now.getTime());
  });
}
