// What leaves the server about campaigns and cases: explicit allow-lists typed by core's contracts.
import type {
  CampaignCase,
  CampaignCaseSummary,
  CampaignSummary,
  CaseTimelineEntry,
  LinkedReport,
} from '@weerbaar/core/campaigns';
import type { IncidentCategory, ReportStage } from '@weerbaar/core/incidents';
import type { ObservableType } from '@weerbaar/core/incidents';
import type { CampaignCaseEntryRow, CampaignCaseRow, CampaignRow } from '../../db/schema-campaigns.ts';
import type { InboxReportRow } from '../../db/schema-incidents.ts';

export function presentCampaign(row: CampaignRow): CampaignSummary {
  return {
    id: row.id,
    indicator: { type: row.indicator_type as ObservableType, value: row.indicator_value },
    entityCount: row.entity_count,
    reportCount: row.report_count,
    firstSeenAt: row.first_seen_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    detectedAt: row.detected_at.toISOString(),
  };
}

export function presentLinkedReport(row: InboxReportRow): LinkedReport {
  return {
    id: row.submission_id,
    authorityReference: row.authority_reference,
    sender: { orgId: row.sender_org_id, name: row.sender_name, sector: row.sector },
    incident: {
      reference: row.incident_reference,
      title: row.incident_title,
      category: row.category as IncidentCategory,
    },
    stage: row.stage as ReportStage,
    receivedAt: row.received_at.toISOString(),
  };
}

export function presentCaseSummary(
  row: CampaignCaseRow,
  counts: { reportCount: number; entityCount: number },
): CampaignCaseSummary {
  return {
    id: row.id,
    title: row.title,
    reportCount: counts.reportCount,
    entityCount: counts.entityCount,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * The case with its timeline: each linked report's receipt (when the authority received it) among the
 * analysts' entries (reports added and removed, notes, decisions), oldest first.
 */
export function presentCase(
  row: CampaignCaseRow,
  reports: InboxReportRow[],
  entries: CampaignCaseEntryRow[],
  namesOf: ReadonlyMap<string, { authorityReference: string; senderName: string }>,
): CampaignCase {
  const reportRef = (id: string | null) => {
    if (!id) return null;
    const known = namesOf.get(id);
    return known ? { id, ...known } : null;
  };
  const timeline: CaseTimelineEntry[] = [
    ...reports.map((r) => ({
      id: r.submission_id,
      kind: 'report_received' as const,
      at: r.received_at.toISOString(),
      text: null,
      by: null,
      report: { id: r.submission_id, authorityReference: r.authority_reference, senderName: r.sender_name },
    })),
    ...entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.created_at.toISOString(),
      text: e.text,
      by: e.created_by,
      report: reportRef(e.submission_id),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.kind.localeCompare(b.kind));
  return {
    ...presentCaseSummary(row, {
      reportCount: reports.length,
      entityCount: new Set(reports.map((r) => r.sender_org_id)).size,
    }),
    reports: reports.map(presentLinkedReport),
    timeline,
  };
}
