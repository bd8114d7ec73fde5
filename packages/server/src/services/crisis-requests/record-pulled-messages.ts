import type { AuthorityMessage } from '@weerbaar/core/crisis';
import { LEGAL_BASES, type PulledSupervisionRequest } from '@weerbaar/core/supervision';
import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import {
  insertAuthorityMessages,
  lockPullRound,
  markReported,
  savePull,
} from '../../repositories/crisis-request.repository.ts';
import { insertNotification } from '../../repositories/notification.repository.ts';
import {
  insertPulledRequests,
  markCopiesReported,
  markFindingVersionsReported,
  markStepsReported,
} from '../../repositories/supervision.repository.ts';
import { recordPulledFindings } from '../supervision/record-pulled-findings.ts';
import { recordPulledSteps } from '../supervision/record-pulled-steps.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase, type UseCaseScope } from '../../kernel/use-case.ts';
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
 * on the entity's chain ('crisis-request.received') and a notification for its people. A supervisor's
 * information request is stored as the entity's own copy of the request (supervision_requests, pulled_from =
 * this target, the supervisor's id), so the supervision page shows it as one on this installation; it is on the
 * entity's chain as the local one is ('supervision.request-sent' with received: true). The supervisor's later
 * steps on such a copy (more asked, accepted) are stored and applied once each (record-pulled-steps.ts), and its
 * findings kept in their newest version (record-pulled-findings.ts).
 */
export const recordPulledMessages = defineUseCase({
  actions: [
    'crisis-request.received',
    'supervision.request-sent',
    'supervision.request-assessed',
    'supervision.finding-recorded',
    'supervision.finding-updated',
  ],
  async run(scope, _ctx: Actor, input: PulledMessagesInput): Promise<number> {
    const { trx, now, config, record, unchanged } = scope;
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
    await markCopiesReported(trx, orgId, outcome.reported.delivered);
    await markStepsReported(trx, orgId, outcome.reported.delivered);
    await markFindingVersionsReported(trx, orgId, outcome.reported.delivered);
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
    const freshRequests = await recordSupervisionRequests(scope, orgId, recipient, outcome.supervisionRequests);
    // After the requests: a step in the same answer finds its copy stored.
    const freshSteps = await recordPulledSteps(scope, orgId, recipient, outcome.supervisionUpdates);
    const freshFindings = await recordPulledFindings(scope, orgId, recipient, outcome.supervisionFindings);
    const count = fresh.size + freshRequests + freshSteps + freshFindings;
    if (count === 0) unchanged();
    return count;
  },
});

/** Stores the pulled information requests as the entity's copies, each once; returns how many were new. */
async function recordSupervisionRequests(
  { trx, now, record }: Pick<UseCaseScope<'supervision.request-sent'>, 'trx' | 'now' | 'record'>,
  orgId: string,
  recipient: SubmissionRecipient,
  requests: readonly PulledSupervisionRequest[],
): Promise<number> {
  const fresh = new Set(
    await insertPulledRequests(
      trx,
      requests.map((r) => ({
        org_id: orgId,
        id: r.id,
        entity_org_id: orgId,
        subject: r.subject,
        question: r.question,
        legal_basis: r.legalBasis,
        indication: r.indication,
        due_on: r.dueOn,
        asks_measures_dossier: r.asksMeasuresDossier,
        sent_by: r.sentBy,
        sent_at: new Date(r.sentAt),
        updated_at: now,
        pulled_from: recipient,
        supervisor_name: r.supervisorName,
        delivered_reported: false,
      })),
    ),
  );
  for (const r of requests) {
    if (!fresh.has(r.id)) continue;
    await insertNotification(trx, {
      org_id: orgId,
      kind: 'supervision.request-received',
      title: `Verzoek om informatie van ${r.supervisorName}: ${r.subject}`.slice(0, 300),
      body: `Antwoord uiterlijk ${r.dueOn}`,
      link: `/supervision/requests/${r.id}`,
      subject_type: 'supervision-request',
      subject_id: r.id,
      dedupe_key: `supervision-request:${r.id}`,
    });
    await record(
      'supervision.request-sent',
      {
        orgId,
        subjectType: 'supervision-request',
        subjectId: r.id,
        after: {
          subject: r.subject,
          legalBasis: LEGAL_BASES[r.legalBasis],
          dueOn: r.dueOn,
          asksMeasuresDossier: r.asksMeasuresDossier,
        },
        details: { supervisorName: r.supervisorName, received: true, pulledFrom: recipient },
      },
      { requestId: r.id, entityOrgId: orgId },
    );
  }
  return fresh.size;
}
