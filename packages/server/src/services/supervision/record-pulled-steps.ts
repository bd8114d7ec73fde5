// Entity side of the supervisor's later steps on a request it pulled (docs/DELIVERY.md, "Supervision requests
// over the same channel"): more asked with a new period (Awb art. 5:20(1)), or the answer accepted. Each step is
// stored on the entity's copy once, under the supervisor's message id, and moves the copy through the same
// status flow as on one installation (core supervision-rules.ts), so the entity can answer again.
import { canTakeStep, statusAfter, type PulledRequestUpdate } from '@weerbaar/core/supervision';
import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import { insertNotification } from '../../repositories/notification.repository.ts';
import { insertPulledStep, lockRequest, setRequestStatus } from '../../repositories/supervision.repository.ts';
import type { UseCaseScope } from '../../kernel/use-case.ts';

/** Stores the pulled steps on the entity's copies, each once, in the pull's transaction; returns how many were new. */
export async function recordPulledSteps(
  { trx, now, log, record }: Pick<UseCaseScope<'supervision.request-assessed'>, 'trx' | 'now' | 'log' | 'record'>,
  orgId: string,
  recipient: SubmissionRecipient,
  steps: readonly PulledRequestUpdate[],
): Promise<number> {
  let fresh = 0;
  for (const u of steps) {
    // Only a copy pulled over this target: a supervisor cannot move another one's request.
    const copy = await lockRequest(trx, { entityOrgId: orgId }, u.requestId);
    if (!copy || copy.org_id !== orgId || copy.pulled_from !== recipient) {
      // Not stored, so not confirmed: it comes again with the next pull (its request arrives first in the answer).
      log.warn({ requestId: u.requestId, stepId: u.id }, 'a pulled supervision step names no request of this target');
      continue;
    }
    const stored = await insertPulledStep(trx, {
      org_id: orgId,
      id: u.id,
      request_id: copy.id,
      kind: u.step,
      text: u.note,
      due_on: u.step === 'more-asked' ? u.dueOn : null,
      by_label: u.by,
      at: new Date(u.at),
      delivered_at: now,
    });
    if (!stored) continue; // a repeat after a lost commit: stored and applied already
    fresh += 1;
    const step = u.step === 'accepted' ? 'accept' : 'ask-more';
    // The supervisor's flow allowed the step on its row; the copy follows it where the flow allows. It always does
    // in order (the entity's answer made the copy 'answered' before the supervisor could judge it); the step is
    // kept in the history either way.
    const moves = canTakeStep(copy.status, step);
    const status = moves ? statusAfter(step) : copy.status;
    const dueOn = u.step === 'more-asked' && u.dueOn !== null ? u.dueOn : copy.due_on;
    if (moves) await setRequestStatus(trx, orgId, copy.id, status, now, dueOn);
    else log.warn({ requestId: copy.id, status: copy.status, step }, 'a pulled supervision step does not fit the copy');
    const more = u.step === 'more-asked';
    await insertNotification(trx, {
      org_id: orgId,
      kind: more ? 'supervision.more-asked' : 'supervision.answer-accepted',
      title: (more
        ? `${copy.supervisor_name} vraagt meer informatie: ${copy.subject}`
        : `${copy.supervisor_name} heeft uw antwoord aanvaard: ${copy.subject}`
      ).slice(0, 300),
      body: more ? `Antwoord uiterlijk ${dueOn}` : '',
      link: `/supervision/requests/${copy.id}`,
      subject_type: 'supervision-request',
      subject_id: copy.id,
      dedupe_key: `supervision-step:${u.id}`,
    });
    await record(
      'supervision.request-assessed',
      {
        orgId,
        subjectType: 'supervision-request',
        subjectId: copy.id,
        before: { status: copy.status, dueOn: copy.due_on },
        after: { status, dueOn },
        details: { supervisorName: copy.supervisor_name, received: true, pulledFrom: recipient, stepId: u.id },
      },
      { requestId: copy.id, decision: u.step },
    );
  }
  return fresh;
}
