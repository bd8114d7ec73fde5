// The reporting clock of one incident, from what the register holds: T0 from the latest significance
// decision, the submission times of the reports, the handling time and the authority's requests.
// The rules themselves are in core (computeReportingDeadlines, trackReportingDeadlines).
import {
  computeReportingDeadlines,
  trackReportingDeadlines,
  type IncidentSettings,
  type ReportingDeadlines,
  type ReportingStage,
  type SubmittedStage,
  type TrackedDeadline,
} from '@weerbaar/core/incidents';
import type { DbOrTrx } from '../../db/database.ts';
import type { IncidentRow, ReportFeedbackRow, SignificanceDecisionRow } from '../../db/schema-incidents.ts';
import { findLatestDecision } from '../../repositories/incident.repository.ts';
import { listReportFeedback, listSubmittedStages } from '../../repositories/incident-report.repository.ts';
import { loadIncidentSettings } from './incident-settings.ts';

export interface IncidentClock {
  deadlines: ReportingDeadlines;
  tracked: TrackedDeadline[];
}

export interface ClockFacts {
  incident: Pick<IncidentRow, 'resolved_at'>;
  decision: Pick<SignificanceDecisionRow, 'outcome' | 'cer_outcome' | 'aware_at' | 'affects_trust_service'> | undefined;
  settings: IncidentSettings;
  reports: readonly { id: string; stage: string; submitted_at: Date }[];
  feedback: readonly Pick<ReportFeedbackRow, 'kind' | 'occurred_at' | 'due_at'>[];
}

const firstSubmission = (reports: ClockFacts['reports'], stage: ReportingStage): Date | null =>
  reports
    .filter((r) => r.stage === stage)
    .reduce<Date | null>((min, r) => (min === null || r.submitted_at < min ? r.submitted_at : min), null);

/** Null while no decision starts a clock: not (yet) significant under NIS2 or, for critical entities, CER. */
export function computeIncidentClock(facts: ClockFacts, nowMs: number): IncidentClock | null {
  const { decision, settings } = facts;
  const nis2 = decision?.outcome === 'significant';
  const cer = settings.criticalEntity && decision?.cer_outcome === 'significant';
  if (!decision?.aware_at || (!nis2 && !cer)) return null;

  // NIS2 Art. 23(4)(c); Cbw art. 28: the latest request of the CSIRT / authority sets the intermediate
  // report's time, if it set one (a request without a time is still owed); only reports after it answer it.
  const requests = facts.feedback.filter((f) => f.kind === 'intermediate_report_request');
  const latestRequest = requests.reduce<(typeof requests)[number] | null>(
    (a, r) => (a === null || r.occurred_at > a.occurred_at ? r : a),
    null,
  );
  const deadlines = computeReportingDeadlines({
    awareAt: decision.aware_at,
    notifiedAt: firstSubmission(facts.reports, 'notification'),
    handledAt: facts.incident.resolved_at,
    intermediateReportRequestedAt: latestRequest?.occurred_at ?? null,
    intermediateReportDueAt: latestRequest?.due_at ?? null,
    cerNotifiedAt: firstSubmission(facts.reports, 'cer_initial'),
    // Cbw art. 27(2): 24 h only for an incident that affects the provision of the trust service.
    trustServiceProvider: settings.trustServiceProvider,
    affectsTrustService: decision.affects_trust_service ?? null,
    criticalEntity: cer,
    nis2,
  });
  const submissions: SubmittedStage[] = facts.reports
    .filter(
      (r) =>
        r.stage !== 'intermediate_report' || (latestRequest !== null && r.submitted_at >= latestRequest.occurred_at),
    )
    .map((r) => ({ stage: r.stage as ReportingStage, reportId: r.id, submittedAt: r.submitted_at.toISOString() }));
  return { deadlines, tracked: trackReportingDeadlines(deadlines, submissions, nowMs) };
}

export async function loadIncidentClock(
  db: DbOrTrx,
  orgId: string,
  incident: IncidentRow,
  nowMs: number,
  /** Facts the caller already holds (a batch of incidents shares the settings), so they are not read again. */
  known: Partial<Pick<ClockFacts, 'decision' | 'settings'>> = {},
): Promise<IncidentClock | null> {
  const [decision, settings, reports, feedback] = await Promise.all([
    'decision' in known ? known.decision : findLatestDecision(db, orgId, incident.id),
    known.settings ?? loadIncidentSettings(db, orgId),
    listSubmittedStages(db, orgId, [incident.id]),
    listReportFeedback(db, orgId, [incident.id]),
  ]);
  return computeIncidentClock({ incident, decision, settings, reports, feedback }, nowMs);
}
