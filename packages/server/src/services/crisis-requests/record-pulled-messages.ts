import type { AuthorityMessage } from '@weerbaar/core/crisis';
import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import {
  insertAuthorityMessages,
  lockPullRound,
  markReported,
  savePull,
} from '../../repositories/crisis-request.repository.ts';
import { insertNotification } from '../../repositories/notification.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import type { PullOutcome } from './pull-authority-messages.ts';
import { schedulePull } from './pull-messages.job.ts';

export interface PulledMessagesInput {
  orgId: string;
  recipient: SubmissionRecipient;
  outcome: PullOutcome;
  /** The job's round: only the planned round plans the next (one chain of pulls per target). */
  round?: number;
}

/**
 * Stores what one pull brought, in one transaction: each message once by its id (a repeat after a lost commit
 * is no second message), the confirmations the authority has now seen, and the next pull. Each new message is
 * on the entity's chain ('crisis-request.received') and a notification for its people.
 */
export const recordPulledMessages = defineUseCase({
  actions: ['crisis-request.received'],
  async run({ trx, now, config, record, unchanged }, _ctx: Actor, input: PulledMessagesInput): Promise<number> {
    const { orgId, recipient, outcome, round } = input;
    const current = await lockPullRound(trx, orgId, recipient);
    if (round !== undefined && round === current) {
      await savePull(trx, orgId, recipient, { round: current + 1 });
      await schedulePull(trx, orgId, recipient, current + 1, now.getTime() + config.crisisPullIntervalMs);
    }
    if (!outcome.ok) {
      await savePull(trx, orgId, recipient, { last_error: outcome.error });
      unchanged();
      return 0;
    }
    await savePull(trx, orgId, recipient, { last_pulled_at: now, last_error: null });
    await markReported(trx, orgId, outcome.reported.delivered, outcome.reported.read);
    const fresh = new Set(
      await insertAuthorityMessages(
        trx,
        outcome.messages.map((m: AuthorityMessage) => ({
          org_id: orgId,
          id: m.id,
          recipient,
          request_id: m.requestId,
          kind: m.kind,
          authority_name: m.authorityName,
          subject: m.subject,
          body: m.body,
          tlp: m.tlp,
          due_at: m.dueAt,
          sent_at: m.sentAt,
          exercise: m.exercise,
          received_at: now,
        })),
      ),
    );
    for (const m of outcome.messages) {
      if (!fresh.has(m.id)) continue;
      const uitvraag = m.kind === 'information-request';
      const title = `${m.exercise ? '[OEFENING] ' : ''}${uitvraag ? 'Uitvraag' : 'Crisisbericht'} van ${m.authorityName}: ${m.subject}`;
      await insertNotification(trx, {
        org_id: orgId,
        kind: uitvraag ? 'crisis-request.information-request' : 'crisis-request.message',
        title: title.slice(0, 300),
        body: `TLP:${m.tlp}`,
        link: `/crisis-requests/${m.id}`,
        subject_type: 'received-crisis-request',
        subject_id: m.id,
        dedupe_key: `crisis-request:${m.id}`,
      });
      await record(
        'crisis-request.received',
        {
          orgId,
          subjectType: 'received-crisis-request',
          subjectId: m.id,
          after: { kind: m.kind, subject: m.subject, tlp: m.tlp, dueAt: m.dueAt, exercise: m.exercise },
          details: { requestId: m.requestId, authorityName: m.authorityName, recipient },
        },
        { messageId: m.id, requestId: m.requestId, kind: m.kind },
      );
    }
    if (fresh.size === 0) unchanged();
    return fresh.size;
  },
});
