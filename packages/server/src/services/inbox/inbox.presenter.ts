import type {
  InboxAcknowledgement,
  InboxReportDetail,
  InboxReportSummary,
  IntermediateReportRequest,
} from '@weerbaar/core/inbox';
import {
  isVoluntaryStage,
  STAGE_DEFINITIONS,
  SupportRequestSchema,
  type SupportRequest,
  type ReportingStage,
  type ReportStage,
  type TrackedDeadline,
} from '@weerbaar/core/incidents';
import type { InboxAcknowledgementRow, InboxReportRequestRow, InboxReportRow } from '../../db/schema-incidents.ts';
import { initialFeedbackClock } from './inbox-clock.ts';

export function presentAcknowledgement(a: InboxAcknowledgementRow): InboxAcknowledgement {
  return {
    id: a.id,
    message: a.message,
    acknowledgedAt: a.acknowledged_at.toISOString(),
    acknowledgedBy: a.acknowledged_by,
  };
}

export function presentRequest(r: InboxReportRequestRow): IntermediateReportRequest {
  return {
    id: r.id,
    dueAt: r.due_at?.toISOString() ?? null,
    message: r.message,
    requestedAt: r.requested_at.toISOString(),
    requestedBy: r.requested_by,
  };
}

/** A voluntary notification has no reporting clock (NIS2 Art. 30(2)), so no T0 is shown for it (inbox.subscribers.ts). */
export const presentAwareAt = (r: InboxReportRow): string | null =>
  isVoluntaryStage(r.stage) ? null : r.aware_at.toISOString();

/**
 * One received report as a line of the inbox. `acks` may hold the acknowledgements of other reports too
 * (only the report's own count); `missed` are its chain's missed deadlines; `nowMs` the clock reading.
 */
export function presentInboxReportSummary(
  r: InboxReportRow,
  acks: readonly InboxAcknowledgementRow[],
  missed: ReportingStage[],
  nowMs: number,
): InboxReportSummary {
  const own = acks.filter((a) => a.submission_id === r.submission_id);
  return {
    id: r.submission_id,
    authorityReference: r.authority_reference,
    sender: {
      orgId: r.sender_org_id,
      name: r.sender_name,
      sector: r.sector,
      entityType: r.entity_type as InboxReportSummary['sender']['entityType'],
    },
    incident: {
      id: r.incident_id,
      reference: r.incident_reference,
      title: r.incident_title,
      category: r.category as InboxReportSummary['incident']['category'],
    },
    stage: r.stage as ReportStage,
    labelNl: STAGE_DEFINITIONS[r.stage as ReportStage].labelNl,
    voluntary: isVoluntaryStage(r.stage),
    version: r.version,
    severity: r.severity as InboxReportSummary['severity'],
    awareAt: presentAwareAt(r),
    submittedAt: r.submitted_at.toISOString(),
    receivedAt: r.received_at.toISOString(),
    acknowledgedAt: own[0]?.acknowledged_at.toISOString() ?? null,
    initialFeedback: initialFeedbackClock(r, acks, nowMs),
    missedDeadlines: missed,
    supportRequested: r.support_requested,
    crossBorder: r.cross_border,
    memberStatesAffected: r.member_states_affected,
  };
}

/** The request as the entity sent it (Cbw art. 36); a version 1 report has none. */
function supportRequestOf(payload: Record<string, unknown> | undefined): SupportRequest | null {
  const content = payload?.content as Record<string, unknown> | undefined;
  const parsed = SupportRequestSchema.safeParse(content?.supportRequest);
  return parsed.success ? parsed.data : null;
}

/**
 * One received report with its chain, payload and the authority's reactions. `acks` and `requests` are
 * those of the whole chain; `deadlines` the chain's reconstructed reporting clock (chainDeadlines).
 */
export function presentInboxReportDetail(
  row: InboxReportRow,
  facts: {
    chain: readonly InboxReportRow[];
    received: { payload: Record<string, unknown>; audit_hash: string | null } | undefined;
    acks: readonly InboxAcknowledgementRow[];
    requests: readonly InboxReportRequestRow[];
    deadlines: TrackedDeadline[];
    missed: ReportingStage[];
  },
  nowMs: number,
): InboxReportDetail {
  const { chain, received, acks, requests, deadlines, missed } = facts;
  const id = row.submission_id;
  return {
    ...presentInboxReportSummary(row, acks, missed, nowMs),
    payload: received?.payload ?? {},
    senderAuditHash: received?.audit_hash ?? null,
    chain: chain.map((c) => presentInboxReportSummary(c, acks, missed, nowMs)),
    deadlines,
    acknowledgements: acks.filter((a) => a.submission_id === id).map(presentAcknowledgement),
    intermediateReportRequests: requests.filter((q) => q.submission_id === id).map(presentRequest),
    supportRequest: supportRequestOf(received?.payload),
  };
}
