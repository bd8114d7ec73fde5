// The incidents module's part in the delivery mechanism (docs/DELIVERY.md, SUBMISSION_HOOKS).
import type { OutboxEntry } from '@weerbaar/core/delivery';
import type { Trx } from '../../db/database.ts';
import { findIncidentReport } from '../../repositories/incident-report.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import type { SubmissionHooks } from '../delivery/submission-hooks.ts';
import { indexReceivedIncidentReports } from '../inbox/inbox-intake.ts';
import { formatDutchTime } from './dutch-time.ts';
import { addTimelineEntry } from './incident-timeline.ts';
import { scheduleFeedbackPoll } from './report-feedback.ts';

/** Entity side: the receipt is in — note it on the incident and start looking for the authority's feedback. */
async function onIncidentReportDelivered(trx: Trx, entry: OutboxEntry & { orgId: string }): Promise<void> {
  const report = await findIncidentReport(trx, entry.orgId, entry.subjectId);
  if (!report || !entry.receipt) return;
  await addTimelineEntry(trx, entry.orgId, report.incident_id, {
    kind: 'report_delivered',
    summary: `Ontvangstbevestiging ${entry.receipt.authorityReference} van de autoriteit (ontvangen ${formatDutchTime(entry.receipt.receivedAt)})`,
    actorLabel: SYSTEM_ACTOR.label,
  });
  await scheduleFeedbackPoll(trx, entry.orgId, report.id, 0, Date.now());
}

export const incidentReportHooks: SubmissionHooks = {
  onDelivered: onIncidentReportDelivered,
  // Authority side: index the received report for the inbox.
  onReceived: indexReceivedIncidentReports,
};
