// The clocks the authority watches: the entity's reporting deadlines, reconstructed from the chain of
// reports it received (the authority does not know when the incident was handled, so a progress report
// stays conditional), and its own initial-feedback deadline (NIS2 Art. 23(5); Cbw art. 36).
import type { InitialFeedbackClock } from '@weerbaar/core/inbox';
import {
  CER_STAGES,
  computeInitialFeedbackDeadline,
  computeReportingDeadlines,
  isVoluntaryStage,
  trackReportingDeadlines,
  type ReportingStage,
  type TrackedDeadline,
} from '@weerbaar/core/incidents';
import type { InboxAcknowledgementRow, InboxReportRequestRow, InboxReportRow } from '../../db/schema-incidents.ts';

const isCer = (stage: string) => (CER_STAGES as readonly string[]).includes(stage);

export function chainDeadlines(
  fullChain: readonly InboxReportRow[],
  requests: readonly InboxReportRequestRow[],
  nowMs: number,
): TrackedDeadline[] {
  // NIS2 Art. 30(2): a voluntary notification owes nothing and starts no clock; only the mandatory
  // reports of the chain (Art. 23(4), CER Art. 15) tell the authority which deadlines run.
  const chain = fullChain.filter((r) => !isVoluntaryStage(r.stage));
  const latest = chain.at(-1);
  if (!latest) return [];
  const first = (stage: ReportingStage) => chain.find((r) => r.stage === stage)?.submitted_at ?? null;
  const request = [...requests].sort((a, b) => a.requested_at.getTime() - b.requested_at.getTime()).at(-1);
  // The newest report carries the entity's current T0 (a correction may have moved it).
  const newest = chain.reduce((t, r) => (r.submitted_at >= t.submitted_at ? r : t), latest);
  const awareAt = newest.aware_at;
  const notifiedAt = first('notification');
  const deadlines = computeReportingDeadlines({
    awareAt,
    notifiedAt: notifiedAt && notifiedAt >= awareAt ? notifiedAt : null,
    // Cbw art. 28: a request is owed with or without a time; a time before T0 cannot be a deadline.
    intermediateReportRequestedAt: request?.requested_at ?? null,
    intermediateReportDueAt: request?.due_at && request.due_at >= awareAt ? request.due_at : null,
    cerNotifiedAt: first('cer_initial'),
    // Cbw art. 27(2): 24 h only where the newest report says the incident affects the trust service.
    trustServiceProvider: latest.trust_service_provider,
    affectsTrustService: newest.affects_trust_service,
    criticalEntity: chain.some((r) => isCer(r.stage)),
    nis2: chain.some((r) => !isCer(r.stage)),
  });
  const submissions = chain
    .filter(
      (r) => r.stage !== 'intermediate_report' || (request !== undefined && r.submitted_at >= request.requested_at),
    )
    .map((r) => ({
      stage: r.stage as ReportingStage,
      reportId: r.submission_id,
      submittedAt: r.submitted_at.toISOString(),
    }));
  return trackReportingDeadlines(deadlines, submissions, nowMs);
}

export const missedStages = (tracked: readonly TrackedDeadline[]): ReportingStage[] =>
  tracked.filter((t) => t.state === 'overdue' || t.state === 'submitted_late').map((t) => t.stage as ReportingStage);

export function initialFeedbackClock(
  report: InboxReportRow,
  acknowledgements: readonly InboxAcknowledgementRow[],
  nowMs: number,
): InitialFeedbackClock | null {
  if (report.stage !== 'early_warning') return null;
  const deadline = computeInitialFeedbackDeadline(report.received_at);
  const given = acknowledgements
    .filter((a) => a.submission_id === report.submission_id)
    .map((a) => a.acknowledged_at)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  const deadlineMs = Date.parse(deadline.deadline!);
  const state = given
    ? given.getTime() > deadlineMs
      ? 'given_late'
      : 'given'
    : nowMs > deadlineMs
      ? 'overdue'
      : 'pending';
  return { ...deadline, state, givenAt: given?.toISOString() ?? null };
}
