// Keeps the authority's feedback on a delivered report on the incident: a notification per new item,
// and the audit event, on which the incidents subscriber notes it on the timeline and — for a request
// for an intermediate report, which sets that report's deadline — replans the reminders.
import type { SubmissionFeedback, SubmissionRecipient } from '@weerbaar/core/delivery';
import { lockIncident } from '../../repositories/incident.repository.ts';
import { findIncidentReport, insertReportFeedback } from '../../repositories/incident-report.repository.ts';
import { insertNotification } from '../../repositories/notification.repository.ts';
import type { Actor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { scheduleFeedbackPoll } from './feedback-poll.job.ts';
import { advanceWithWork } from './incident-progress.ts';

// The authority may still ask for an intermediate report this long after the report, in practice.
const POLL_FOR_MS = 35 * 24 * 3_600_000;

export interface AuthorityFeedbackInput {
  orgId: string;
  reportId: string;
  /** Null when the look at the authority failed or found no delivery target. */
  feedback: SubmissionFeedback | null;
  /** Set by the poll: the round that looked, so the next one is planned in this transaction. */
  round?: number;
  /** Whose intake the feedback came from (the poll of that recipient continues). */
  recipient?: SubmissionRecipient;
}

/** Stores feedback not seen before; returns how many items were new. Storing is idempotent. */
export const recordAuthorityFeedback = defineUseCase({
  actions: [
    'incident.intermediate-report-requested',
    'incident.authority-feedback-received',
    'incident.status-changed',
  ],
  async run(
    scope,
    _ctx: Actor,
    { orgId, reportId, feedback, round, recipient = 'csirt' }: AuthorityFeedbackInput,
  ): Promise<number> {
    const { trx, now, record, unchanged } = scope;
    // Only new feedback is on the record; planning the next look is bookkeeping, not a change.
    const nothingNew = () => {
      unchanged();
      return 0;
    };
    const report = await findIncidentReport(trx, orgId, reportId);
    if (!report) return nothingNew();
    if (round !== undefined && now.getTime() - report.submitted_at.getTime() < POLL_FOR_MS)
      await scheduleFeedbackPoll(trx, orgId, reportId, round + 1, now.getTime(), recipient);
    const incident = await lockIncident(trx, orgId, report.incident_id);
    if (!incident || !feedback) return nothingNew();
    let fresh = 0;
    for (const item of feedback.items) {
      const row = await insertReportFeedback(trx, {
        org_id: orgId,
        id: item.id,
        report_id: report.id,
        incident_id: report.incident_id,
        kind: item.kind,
        occurred_at: new Date(item.occurredAt),
        due_at: item.dueAt ? new Date(item.dueAt) : null,
        message: item.message,
      });
      if (!row) continue;
      fresh += 1;
      const request = item.kind === 'intermediate_report_request';
      const title = request
        ? `Tussentijds verslag gevraagd voor ${incident.reference}`
        : `Eerste reactie van de autoriteit op ${incident.reference} (${feedback.authorityReference})`;
      await insertNotification(trx, {
        org_id: orgId,
        kind: request ? 'incident.intermediate-report-requested' : 'incident.authority-feedback',
        title,
        body: item.message,
        link: `/incidents/${incident.id}`,
        subject_type: 'incident',
        subject_id: incident.id,
        dedupe_key: `incident.feedback:${item.id}`,
      });
      await record(
        request ? 'incident.intermediate-report-requested' : 'incident.authority-feedback-received',
        {
          orgId,
          subjectType: 'incident',
          subjectId: incident.id,
          details: {
            reportId: report.id,
            feedbackId: item.id,
            authorityReference: feedback.authorityReference,
            dueAt: item.dueAt,
          },
        },
        { incidentId: incident.id, title, message: item.message, occurredAt: item.occurredAt },
      );
    }
    if (fresh === 0) return nothingNew();
    // The authority answered a report: the incident is being handled (core incident-progress.ts).
    await advanceWithWork(scope, orgId, incident, 'authority_feedback');
    return fresh;
  },
});
