import type { OutboxEntry } from '@weerbaar/core/delivery';
import {
  allowedNextStatuses,
  DEFAULT_REMINDER_OFFSETS_MINUTES,
  IncidentCategorySchema,
  IncidentRootCauseSchema,
  IncidentSourceSchema,
  IncidentStatusSchema,
  SignificanceEntityTypeSchema,
  STAGE_DEFINITIONS,
  type Incident,
  type IncidentReportView,
  type IncidentSettings,
  type IncidentSummary,
  type Recurrence,
  type Notification,
  type ReportFeedback,
  type ReportStage,
  type SignificanceDecision,
} from '@weerbaar/core/incidents';
import type {
  AssetRow,
  IncidentReportRow,
  IncidentRow,
  IncidentSettingsRow,
  NotificationRow,
  ReportFeedbackRow,
  SignificanceDecisionRow,
} from '../../db/schema-incidents.ts';
import { presentAssetRef } from '../assets/asset.presenter.ts';
import { proposeSignificance, readImpact } from './significance-proposal.ts';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export function presentDecision(d: SignificanceDecisionRow): SignificanceDecision {
  return {
    id: d.id,
    outcome: d.outcome,
    cerOutcome: d.cer_outcome,
    proposedOutcome: d.proposed_outcome as SignificanceDecision['proposedOutcome'],
    criteriaMet: d.criteria_met,
    awareAt: iso(d.aware_at),
    reason: d.reason,
    decidedAt: d.decided_at.toISOString(),
    decidedBy: d.decided_by,
    auditHash: d.audit_hash,
  };
}

export function presentIncident(
  row: IncidentRow,
  assets: readonly AssetRow[],
  decision: SignificanceDecisionRow | undefined,
  settings: IncidentSettings,
  recurrence: Recurrence,
): Incident {
  const status = IncidentStatusSchema.parse(row.status);
  const impact = readImpact(row.impact);
  const { proposed, cerProposed } = proposeSignificance(impact, settings, recurrence);
  return {
    id: row.id,
    reference: row.reference,
    externalId: row.external_id,
    title: row.title,
    description: row.description,
    category: IncidentCategorySchema.parse(row.category),
    source: IncidentSourceSchema.parse(row.source),
    reportedBy: row.reported_by,
    status,
    allowedNextStatuses: [...allowedNextStatuses(status)],
    startedAt: iso(row.started_at),
    detectedAt: row.detected_at.toISOString(),
    awareAt: iso(row.aware_at),
    containedAt: iso(row.contained_at),
    resolvedAt: iso(row.resolved_at),
    impact,
    rootCause: IncidentRootCauseSchema.nullable().catch(null).parse(row.root_cause),
    rootCauseDetail: row.root_cause_detail,
    assets: assets.map(presentAssetRef),
    significance: { proposed, recurrence, cerProposed, decision: decision ? presentDecision(decision) : null },
    lessonsLearned: row.lessons_learned,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentIncidentSummary(
  row: IncidentRow & { decided_outcome: string | null },
  settings: IncidentSettings,
  recurrence: Recurrence,
): IncidentSummary {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    category: IncidentCategorySchema.parse(row.category),
    source: IncidentSourceSchema.parse(row.source),
    status: IncidentStatusSchema.parse(row.status),
    detectedAt: row.detected_at.toISOString(),
    awareAt: iso(row.aware_at),
    createdAt: row.created_at.toISOString(),
    proposedSignificance: proposeSignificance(readImpact(row.impact), settings, recurrence).proposed.outcome,
    decidedSignificance: row.decided_outcome as IncidentSummary['decidedSignificance'],
  };
}

export function presentIncidentSettings(row: IncidentSettingsRow | undefined): IncidentSettings {
  return {
    significanceEntityType: SignificanceEntityTypeSchema.catch('other').parse(row?.significance_entity_type ?? 'other'),
    trustServiceProvider: row?.trust_service_provider ?? false,
    criticalEntity: row?.critical_entity ?? false,
    contact: row?.contact ?? null,
    reminderOffsetsMinutes: row?.reminder_offsets_minutes ?? [...DEFAULT_REMINDER_OFFSETS_MINUTES],
    webhookUrl: row?.webhook_url ?? null,
  };
}

export function presentNotification(n: NotificationRow): Notification {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.created_at.toISOString(),
    readAt: n.read_at?.toISOString() ?? null,
  };
}

function presentFeedback(f: ReportFeedbackRow): ReportFeedback {
  return {
    id: f.id,
    kind: f.kind,
    occurredAt: f.occurred_at.toISOString(),
    dueAt: f.due_at?.toISOString() ?? null,
    message: f.message,
  };
}

/**
 * One submitted report as the entity sees it. `feedback` may hold the feedback on other reports too (only
 * the report's own is shown); `delivery` is its newest outbox entry, if any.
 */
export function presentIncidentReport(
  row: IncidentReportRow,
  feedback: readonly ReportFeedbackRow[],
  delivery: OutboxEntry | undefined,
): IncidentReportView {
  const definition = STAGE_DEFINITIONS[row.stage as ReportStage];
  const own = feedback.filter((f) => f.report_id === row.id);
  return {
    id: row.id,
    stage: row.stage as ReportStage,
    labelNl: definition.labelNl,
    labelEn: definition.labelEn,
    version: row.version,
    supersedesReportId: row.supersedes_id,
    submittedAt: row.submitted_at.toISOString(),
    submittedBy: row.submitted_by,
    auditHash: row.audit_hash,
    payloadDigest: row.payload_digest,
    payload: row.payload,
    delivery: delivery ?? null,
    feedback: own.map(presentFeedback),
  };
}
