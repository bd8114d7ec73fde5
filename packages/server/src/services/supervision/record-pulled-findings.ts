// Entity side of a supervisor's findings about it, pulled from another installation (docs/DELIVERY.md,
// "Supervision requests over the same channel"): each finding is kept in its newest version (the supervisor's
// follow-up status and note), so the entity's supervision page shows it as one recorded on its own installation.
import type { PulledFinding } from '@weerbaar/core/supervision';
import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import { insertNotification } from '../../repositories/notification.repository.ts';
import { findReceivedRequest, upsertPulledFinding } from '../../repositories/supervision.repository.ts';
import type { UseCaseScope } from '../../kernel/use-case.ts';

type Actions = 'supervision.finding-recorded' | 'supervision.finding-updated';

/** Stores the pulled findings, each version once, in the pull's transaction; returns how many changed anything. */
export async function recordPulledFindings(
  { trx, record }: Pick<UseCaseScope<Actions>, 'trx' | 'record'>,
  orgId: string,
  recipient: SubmissionRecipient,
  findings: readonly PulledFinding[],
): Promise<number> {
  let changed = 0;
  for (const f of findings) {
    // The request it names, if the entity holds its copy (it comes before, in the same answer or an earlier one).
    const request = f.requestId ? await findReceivedRequest(trx, orgId, f.requestId) : undefined;
    const { outcome, before } = await upsertPulledFinding(trx, {
      org_id: orgId,
      id: f.id,
      version_id: f.versionId,
      request_id: request && request.org_id === orgId ? request.id : null,
      observation: f.observation,
      severity: f.severity,
      follow_up_due_on: f.followUpDueOn,
      status: f.status,
      follow_up_note: f.followUpNote,
      recorded_by: f.recordedBy,
      recorded_at: new Date(f.recordedAt),
      updated_at: new Date(f.updatedAt),
      pulled_from: recipient,
      supervisor_name: f.supervisorName,
    });
    if (outcome === 'same') continue;
    changed += 1;
    const facts = {
      orgId,
      subjectType: 'supervision-finding',
      subjectId: f.id,
      details: { supervisorName: f.supervisorName, received: true, pulledFrom: recipient },
    };
    if (outcome === 'new') {
      await insertNotification(trx, {
        org_id: orgId,
        kind: 'supervision.finding-received',
        title: `Bevinding van ${f.supervisorName}`.slice(0, 300),
        body: `Opvolging uiterlijk ${f.followUpDueOn}`,
        link: '/supervision',
        subject_type: 'supervision-finding',
        subject_id: f.id,
        dedupe_key: `supervision-finding:${f.id}`,
      });
      const after = { severity: f.severity, followUpDueOn: f.followUpDueOn, status: f.status };
      await record('supervision.finding-recorded', { ...facts, after }, { findingId: f.id, entityOrgId: orgId });
    } else {
      await record(
        'supervision.finding-updated',
        { ...facts, before: { status: before }, after: { status: f.status } },
        { findingId: f.id, status: f.status },
      );
    }
  }
  return changed;
}
