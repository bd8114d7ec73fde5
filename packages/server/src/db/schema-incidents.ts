// Table types of assets, incidents, reminders/notifications and the authority's inbox
// (migrations 20261122_1300_assets and 20261122_1310_incidents).
import type { AssetType } from '@weerbaar/core/assets';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp, DefaultTimestamp, NullableTimestamp } from './column-types.ts';

type Json<T = Record<string, unknown>> = ColumnType<T, string, string>;
type NullableJson<T = Record<string, unknown>> = ColumnType<T | null, string | null | undefined, string | null>;

/** The handler's override of the Art. 4 count, as stored (RecurrenceOverrideSchema in core). */
export interface StoredRecurrenceOverride {
  sameRootCauseIncidents: number;
  combinedLossEur: number | null;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export interface AssetsTable {
  org_id: string;
  id: Generated<string>;
  name: string;
  kind: 'service' | 'asset';
  description: string | null;
  crown_jewel: Generated<boolean>;
  owner: string | null;
  // Migration 20261207_2000_asset_graph (schema-assets.ts holds its tables).
  asset_type: AssetType | null;
  control_function: string | null;
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
  max_tolerable_downtime_hours: number | null;
  people_served: number | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface IncidentSettingsTable {
  org_id: string;
  significance_entity_type: Generated<string>;
  trust_service_provider: Generated<boolean>;
  critical_entity: Generated<boolean>;
  contact: NullableJson<{ name: string; email: string; phone: string }>;
  reminder_offsets_minutes: ColumnType<number[], number[] | undefined, number[]>;
  webhook_url: string | null;
  updated_at: DefaultTimestamp;
}

export interface IncidentCountersTable {
  org_id: string;
  year: number;
  last_value: number;
}

export interface IncidentsTable {
  org_id: string;
  id: Generated<string>;
  reference: string;
  external_id: string | null;
  title: string;
  description: string | null;
  category: string;
  source: string;
  reported_by: string | null;
  status: Generated<string>;
  started_at: NullableTimestamp;
  detected_at: Timestamp;
  aware_at: NullableTimestamp;
  contained_at: NullableTimestamp;
  resolved_at: NullableTimestamp;
  impact: Json;
  /** Impl. Reg. 2024/2690 Art. 4(b); migration 20261207_1010_incident_root_cause. */
  root_cause: string | null;
  root_cause_detail: string | null;
  recurrence_override: NullableJson<StoredRecurrenceOverride>;
  lessons_learned: string | null;
  created_by: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface IncidentAssetsTable {
  org_id: string;
  incident_id: string;
  asset_id: string;
}

export interface IncidentSignificanceDecisionsTable {
  org_id: string;
  id: Generated<string>;
  incident_id: string;
  outcome: 'significant' | 'not_significant';
  cer_outcome: 'significant' | 'not_significant' | null;
  /** Cbw art. 27(2): does the incident affect the provision of the trust service? Null: not said. */
  affects_trust_service: boolean | null;
  proposed_outcome: string;
  criteria_met: Json<{ id: string; article: string; summary: string }[]>;
  aware_at: NullableTimestamp;
  reason: string | null;
  decided_at: Timestamp;
  decided_by: string;
  audit_hash: string;
}

export interface IncidentTimelineTable {
  org_id: string;
  id: Generated<string>;
  incident_id: string;
  occurred_at: Timestamp;
  kind: string;
  summary: string;
  actor_label: string;
  created_at: DefaultTimestamp;
}

export interface IncidentTasksTable {
  org_id: string;
  id: Generated<string>;
  /** The source of the task: an incident, or an exercise (improvement actions); exactly one is set (a CHECK). */
  incident_id: string | null;
  exercise_id: string | null;
  /** Or a crisis (its actions and the improvement actions of its lessons, migration 20261210_0100_crisis). */
  crisis_id: string | null;
  /** The exercise finding an improvement action comes from, if any. */
  finding_id: string | null;
  title: string;
  kind: 'response' | 'improvement';
  assignee: string | null;
  due_at: NullableTimestamp;
  done_at: NullableTimestamp;
  created_at: DefaultTimestamp;
}

export interface IncidentObservablesTable {
  org_id: string;
  id: Generated<string>;
  incident_id: string;
  type: string;
  value: string;
  description: string | null;
  created_at: DefaultTimestamp;
}

export interface IncidentRecipientCommunicationsTable {
  org_id: string;
  id: Generated<string>;
  incident_id: string;
  kind: string;
  communicated_at: Timestamp;
  recipients: string;
  recipient_count: number | null;
  channel: string;
  message: string;
  recorded_by: string;
  created_at: DefaultTimestamp;
}

export interface IncidentReportsTable {
  org_id: string;
  id: string;
  incident_id: string;
  stage: string;
  version: number;
  supersedes_id: string | null;
  payload: Json;
  payload_digest: string;
  audit_hash: string;
  submitted_at: Timestamp;
  submitted_by: string;
}

export interface IncidentReportFeedbackTable {
  org_id: string;
  id: string;
  report_id: string;
  incident_id: string;
  kind: 'acknowledgement' | 'intermediate_report_request';
  occurred_at: Timestamp;
  due_at: NullableTimestamp;
  message: string | null;
  received_at: DefaultTimestamp;
}

export interface NotificationsTable {
  org_id: string;
  id: Generated<string>;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  subject_type: string | null;
  subject_id: string | null;
  dedupe_key: string | null;
  created_at: DefaultTimestamp;
  read_at: NullableTimestamp;
}

export interface InboxReportsTable {
  org_id: string;
  submission_id: string;
  sender_org_id: string;
  sender_name: string;
  sector: string | null;
  entity_type: string;
  incident_id: string;
  incident_reference: string;
  incident_title: string;
  category: string;
  stage: string;
  version: number;
  severity: string | null;
  aware_at: Timestamp;
  submitted_at: Timestamp;
  received_at: Timestamp;
  authority_reference: string;
  trust_service_provider: boolean;
  /** Cbw art. 27(2), from the report: null when the sender did not say (older senders, not a TSP). */
  affects_trust_service: boolean | null;
  critical_entity: boolean;
  /** The report asks for guidance or support (Cbw art. 36; content v2 `supportRequest`). */
  support_requested: boolean;
  /**
   * NIS2 Art. 23(1), (4)(a): whether the incident has or may have a cross-border impact, as this report
   * answers it (core/inbox/cross-border.ts); null for a stage that does not ask (intermediate report).
   */
  cross_border: 'yes' | 'no' | 'unknown' | null;
  /** ISO 3166-1 alpha-2 codes of the Member States the report names as (possibly) affected. */
  member_states_affected: Generated<string[]>;
}

export interface InboxAcknowledgementsTable {
  org_id: string;
  id: Generated<string>;
  submission_id: string;
  message: string;
  acknowledged_at: Timestamp;
  acknowledged_by: string;
}

export interface InboxReportRequestsTable {
  org_id: string;
  id: Generated<string>;
  submission_id: string;
  /** Null: asked without setting a time (Cbw art. 28 sets none). */
  due_at: NullableTimestamp;
  message: string;
  requested_at: Timestamp;
  requested_by: string;
}

export interface IncidentTables {
  assets: AssetsTable;
  incident_settings: IncidentSettingsTable;
  incident_counters: IncidentCountersTable;
  incidents: IncidentsTable;
  incident_assets: IncidentAssetsTable;
  incident_significance_decisions: IncidentSignificanceDecisionsTable;
  incident_timeline: IncidentTimelineTable;
  incident_tasks: IncidentTasksTable;
  incident_observables: IncidentObservablesTable;
  incident_recipient_communications: IncidentRecipientCommunicationsTable;
  incident_reports: IncidentReportsTable;
  incident_report_feedback: IncidentReportFeedbackTable;
  notifications: NotificationsTable;
  inbox_reports: InboxReportsTable;
  inbox_acknowledgements: InboxAcknowledgementsTable;
  inbox_report_requests: InboxReportRequestsTable;
}

export type AssetRow = Selectable<AssetsTable>;
export type IncidentSettingsRow = Selectable<IncidentSettingsTable>;
export type IncidentRow = Selectable<IncidentsTable>;
export type SignificanceDecisionRow = Selectable<IncidentSignificanceDecisionsTable>;
export type TimelineRow = Selectable<IncidentTimelineTable>;
export type IncidentTaskRow = Selectable<IncidentTasksTable>;
export type ObservableRow = Selectable<IncidentObservablesTable>;
export type RecipientCommunicationRow = Selectable<IncidentRecipientCommunicationsTable>;
export type IncidentReportRow = Selectable<IncidentReportsTable>;
export type ReportFeedbackRow = Selectable<IncidentReportFeedbackTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type InboxReportRow = Selectable<InboxReportsTable>;
export type InboxAcknowledgementRow = Selectable<InboxAcknowledgementsTable>;
export type InboxReportRequestRow = Selectable<InboxReportRequestsTable>;
