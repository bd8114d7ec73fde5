// Table types of campaigns across entities (migration 20261209_0500_campaigns).
import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from './column-types.ts';

export interface CampaignObservationsTable {
  org_id: string;
  /** sha256 hex of `type NUL value` (the canonical indicator). */
  indicator_digest: string;
  submission_id: string;
  indicator_type: string;
  indicator_value: string;
  sender_org_id: string;
  received_at: Timestamp;
}

export interface CampaignsTable {
  org_id: string;
  id: Generated<string>;
  indicator_digest: string;
  indicator_type: string;
  indicator_value: string;
  entity_count: number;
  report_count: number;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
  detected_at: Timestamp;
}
export type CampaignRow = Selectable<CampaignsTable>;

/** Campaigns per authority and indicator type (migration 20261210_0600_authority_scale): the list's total. */
export interface CampaignCountsTable {
  org_id: string;
  indicator_type: string;
  campaigns: number;
}

export interface CampaignCasesTable {
  org_id: string;
  id: Generated<string>;
  title: string;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export type CampaignCaseRow = Selectable<CampaignCasesTable>;

export interface CampaignCaseReportsTable {
  org_id: string;
  case_id: string;
  submission_id: string;
  added_at: Timestamp;
}

export interface CampaignCaseEntriesTable {
  org_id: string;
  id: Generated<string>;
  case_id: string;
  kind: 'report_added' | 'report_removed' | 'note' | 'decision';
  text: string | null;
  submission_id: string | null;
  created_by: string;
  created_at: Timestamp;
}
export type CampaignCaseEntryRow = Selectable<CampaignCaseEntriesTable>;

export interface CampaignTables {
  campaign_observations: CampaignObservationsTable;
  campaigns: CampaignsTable;
  campaign_counts: CampaignCountsTable;
  campaign_cases: CampaignCasesTable;
  campaign_case_reports: CampaignCaseReportsTable;
  campaign_case_entries: CampaignCaseEntriesTable;
}
