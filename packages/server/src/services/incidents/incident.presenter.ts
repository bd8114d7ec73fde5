import {
  allowedNextStatuses,
  IncidentCategorySchema,
  IncidentSourceSchema,
  IncidentStatusSchema,
  type Incident,
  type IncidentSettings,
  type IncidentSummary,
  type SignificanceDecision,
} from '@weerbaar/core/incidents';
import type { AssetRow, IncidentRow, SignificanceDecisionRow } from '../../db/schema-incidents.ts';
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
): Incident {
  const status = IncidentStatusSchema.parse(row.status);
  const impact = readImpact(row.impact);
  const { proposed, cerProposed } = proposeSignificance(impact, settings);
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
    assets: assets.map(presentAssetRef),
    significance: { proposed, cerProposed, decision: decision ? presentDecision(decision) : null },
    lessonsLearned: row.lessons_learned,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentIncidentSummary(
  row: IncidentRow & { decided_outcome: string | null },
  settings: IncidentSettings,
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
    proposedSignificance: proposeSignificance(readImpact(row.impact), settings).proposed.outcome,
    decidedSignificance: row.decided_outcome as IncidentSummary['decidedSignificance'],
  };
}
