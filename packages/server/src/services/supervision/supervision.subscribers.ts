// Reactions of supervision: the supervisor keeps an answer from an entity on another installation on its
// request (in the intake's transaction, as a subscriber of 'submission.received': received once per
// submission id, so the answer lands once; docs/DELIVERY.md, "Authority → entity").
import { createHash } from 'node:crypto';
import { canTakeStep, InformationRequestAnswerPayloadSchema, statusAfter } from '@weerbaar/core/supervision';
import type { DomainEvents } from '../../kernel/domain-events.ts';
import {
  attachPendingDocuments,
  insertDocument,
  insertMessage,
  lockRemoteRequest,
  setRequestStatus,
} from '../../repositories/supervision.repository.ts';

export function registerSupervisionSubscribers(events: DomainEvents): void {
  events.on('submission.received', 'supervision.store-remote-answers', async ({ trx, now, log }, received) => {
    for (const e of received) {
      if (e.data.kind !== 'information-request-answer' || !e.orgId) continue;
      const answer = InformationRequestAnswerPayloadSchema.parse(e.data.payload);
      // Only the entity the request was sent to answers it: the sender is the one its token is bound to.
      const request = await lockRemoteRequest(trx, e.orgId, e.data.sender.orgId, answer.requestId);
      if (!request) {
        // Kept as a received submission (and on the chain as such); it names no request of this sender.
        log.warn({ submissionId: e.data.submissionId }, 'an information request answer names no request of its sender');
        continue;
      }
      const message = await insertMessage(trx, {
        org_id: request.org_id,
        request_id: request.id,
        kind: 'answer',
        text: answer.text,
        due_on: null,
        by_label: `${answer.answeredBy} (${request.entity_name})`.slice(0, 200),
        at: new Date(answer.answeredAt),
      });
      for (const d of answer.documents) {
        const content = Buffer.from(d.contentBase64, 'base64');
        if (content.length === 0) continue;
        // The bytes decide the digest stored; a different one sent with them is noted, not trusted.
        const sha256 = createHash('sha256').update(content).digest('hex');
        if (sha256 !== d.sha256) log.warn({ submissionId: e.data.submissionId }, 'a travelling document changed');
        await insertDocument(trx, {
          org_id: request.org_id,
          request_id: request.id,
          answer_id: message.id,
          kind: d.kind,
          file_name: d.fileName,
          media_type: d.mediaType,
          size_bytes: content.length,
          sha256,
          content,
          added_by: request.entity_name,
          added_at: now,
        });
      }
      // An answer is never dropped; the status moves only where the flow allows it (core supervision-rules).
      if (canTakeStep(request.status, 'answer')) {
        await setRequestStatus(trx, request.org_id, request.id, statusAfter('answer'), now);
      }
      // Documents are added with their answer here (no uploads wait at the supervisor's side of a request).
      await attachPendingDocuments(trx, request.org_id, request.id, message.id);
    }
  });
}
