// Entity side: what the authority sends back about a delivered report — initial feedback (NIS2 Art. 23(5))
// and requests for an intermediate report (NIS2 Art. 23(4)(c)) — is fetched from the authority with the
// delivery target's token (GET {authority}/api/v1/submissions/{id}/feedback) and kept on the incident.
// A request sets the intermediate report's deadline, so the reminders cover it too.
import { SubmissionFeedbackSchema, type SubmissionFeedback } from '@weerbaar/core/inbox';
import type { Db, DbOrTrx, Trx } from '../../db/database.ts';
import type { JobRow } from '../../db/schema.ts';
import type { IncidentReportRow } from '../../db/schema-incidents.ts';
import { findDeliveryTarget } from '../../repositories/delivery-target.repository.ts';
import { findIncident } from '../../repositories/incident.repository.ts';
import { findIncidentReport, insertReportFeedback } from '../../repositories/incident-report.repository.ts';
import { insertJob } from '../../repositories/job.repository.ts';
import { insertNotification } from '../../repositories/notification.repository.ts';
import { SYSTEM_ACTOR } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { API_TOKEN_PURPOSE } from '../delivery/delivery-target.service.ts';
import { openSecret } from '../../adapters/secret-box.ts';
import { rescheduleDeadlineReminders } from './deadline-reminders.ts';
import { addTimelineEntry } from './incident-timeline.ts';
import { currentAuthorityPolicy } from '../../adapters/authority-policy.ts';
import { guardedFetch } from '../../adapters/guarded-http.ts';

export const FEEDBACK_POLL_JOB_KIND = 'incident.feedback-poll';
const FEEDBACK_TIMEOUT_MS = 15_000;
// Often at first (the authority aims to answer within 24 h), then every quarter of an hour for as long
// as the authority may still ask for an intermediate report in practice.
const FAST_ROUNDS = 120;
const FAST_MS = 30_000;
const SLOW_MS = 15 * 60_000;
const POLL_FOR_MS = 35 * 24 * 3_600_000;

export async function scheduleFeedbackPoll(
  db: DbOrTrx,
  orgId: string,
  reportId: string,
  round: number,
  nowMs: number,
): Promise<void> {
  await insertJob(db, {
    kind: FEEDBACK_POLL_JOB_KIND,
    orgId,
    runAt: new Date(nowMs + (round < FAST_ROUNDS ? FAST_MS : SLOW_MS)),
    dedupeKey: `${FEEDBACK_POLL_JOB_KIND}:${reportId}:${round}`,
    // A failed look (database trouble) is retried; storing feedback is idempotent.
    maxAttempts: 5,
    payload: { orgId, reportId, round },
  });
}

async function fetchFeedback(db: DbOrTrx, orgId: string, reportId: string): Promise<SubmissionFeedback | null> {
  const target = await findDeliveryTarget(db, orgId);
  if (!target?.api_token_ciphertext) return null;
  // The same address policy as the delivery to this authority URL (docs/DELIVERY.md, SSRF).
  const res = await guardedFetch(
    `${target.authority_url.replace(/\/+$/, '')}/api/v1/submissions/${reportId}/feedback`,
    {
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${openSecret(target.api_token_ciphertext, API_TOKEN_PURPOSE)}`,
      },
      timeoutMs: FEEDBACK_TIMEOUT_MS,
    },
    currentAuthorityPolicy(),
  );
  if (!res.ok) throw new Error(`the authority answered HTTP ${res.status}`);
  return SubmissionFeedbackSchema.parse(await res.json());
}

/** Stores feedback not seen before; returns how many items were new. */
export async function storeReportFeedback(
  trx: Trx,
  report: IncidentReportRow,
  feedback: SubmissionFeedback,
  nowMs: number,
): Promise<number> {
  const incident = await findIncident(trx, report.org_id, report.incident_id);
  if (!incident) return 0;
  let fresh = 0;
  for (const item of feedback.items) {
    const row = await insertReportFeedback(trx, {
      org_id: report.org_id,
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
    await addTimelineEntry(trx, report.org_id, report.incident_id, {
      kind: 'authority_feedback',
      summary: `${title}: ${item.message}`,
      actorLabel: SYSTEM_ACTOR.label,
      occurredAt: new Date(item.occurredAt),
    });
    await insertNotification(trx, {
      org_id: report.org_id,
      kind: request ? 'incident.intermediate-report-requested' : 'incident.authority-feedback',
      title,
      body: item.message,
      link: `/incidents/${incident.id}`,
      subject_type: 'incident',
      subject_id: incident.id,
      dedupe_key: `incident.feedback:${item.id}`,
    });
    await recordAuditEvent(trx, SYSTEM_ACTOR, {
      orgId: report.org_id,
      action: request ? 'incident.intermediate-report-requested' : 'incident.authority-feedback-received',
      subjectType: 'incident',
      subjectId: incident.id,
      details: {
        reportId: report.id,
        feedbackId: item.id,
        authorityReference: feedback.authorityReference,
        dueAt: item.dueAt,
      },
    });
    if (request) await rescheduleDeadlineReminders(trx, report.org_id, report.incident_id, nowMs);
  }
  return fresh;
}

/** Job 'incident.feedback-poll': one look at the authority, then the next round (also after a failure). */
export async function pollReportFeedback(
  trx: Trx,
  job: Pick<JobRow, 'payload'>,
  nowMs: number,
  log?: (msg: string, extra?: Record<string, unknown>) => void,
): Promise<void> {
  const { orgId, reportId, round } = job.payload as { orgId: string; reportId: string; round: number };
  const report = await findIncidentReport(trx, orgId, reportId);
  if (!report) return;
  // Only the network look may fail softly; a database error must abort the job (and be retried),
  // since it leaves the transaction unusable for scheduling the next round.
  let feedback: Awaited<ReturnType<typeof fetchFeedback>> | undefined;
  try {
    feedback = await fetchFeedback(trx, orgId, reportId);
  } catch (error) {
    log?.('feedback poll failed', { reportId, error: String(error) });
  }
  if (feedback) await storeReportFeedback(trx, report, feedback, nowMs);
  if (nowMs - report.submitted_at.getTime() < POLL_FOR_MS)
    await scheduleFeedbackPoll(trx, orgId, reportId, round + 1, nowMs);
}

/** On request of the handler: look now for feedback on every report of the incident. No transaction is
 *  held during the network look; each report's feedback is stored in its own (storing is idempotent). */
export async function checkIncidentFeedback(
  db: Db,
  orgId: string,
  reports: readonly IncidentReportRow[],
  nowMs: number,
): Promise<number> {
  let fresh = 0;
  for (const report of reports) {
    const feedback = await fetchFeedback(db, orgId, report.id).catch(() => null);
    if (feedback) fresh += await db.transaction().execute((trx) => storeReportFeedback(trx, report, feedback, nowMs));
  }
  return fresh;
}
