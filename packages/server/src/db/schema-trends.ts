// Table types of the authority's trends rollup (migration 20261209_0400_authority_trends).
import type { Selectable } from 'kysely';
import type { NullableTimestamp, Timestamp } from './column-types.ts';

export type CrossBorderColumn = 'yes' | 'no' | 'unknown' | null;

/** One incident chain (sender, incident) as the trends count it. */
export interface TrendIncidentsTable {
  org_id: string;
  sender_org_id: string;
  incident_id: string;
  first_received_at: Timestamp;
  last_received_at: Timestamp;
  sector: string | null;
  entity_type: string;
  critical_entity: boolean;
  category: string;
  severity: string | null;
  cross_border: CrossBorderColumn;
  /** Every report of the chain is a voluntary notification (NIS2 Art. 30): it owes no deadline. */
  voluntary: boolean;
  latest_submission_id: string;
  /** The coded root cause of the chain's newest final report that gave one (migration 20261210_0500). */
  root_cause: string | null;
}

/** A reporting stage of a chain with the deadline core computed for it (NIS2 Art. 23(4); inbox-clock.ts). */
export interface TrendStageDeadlinesTable {
  org_id: string;
  sender_org_id: string;
  incident_id: string;
  stage: string;
  due_at: Timestamp;
  submitted_at: NullableTimestamp;
}

/**
 * Owed stages per Amsterdam month of their deadline, outcome and entity (migration 20261211_0100_trend_rollup):
 * the deadline view's rollup. 'unsubmitted' is missing or open depending on the clock, so it is read only for
 * months wholly past.
 */
export interface TrendStageMonthsTable {
  org_id: string;
  /** The first day of the deadline's month in Europe/Amsterdam. */
  month: string;
  outcome: 'on_time' | 'late' | 'unsubmitted';
  sender_org_id: string;
  stages: number;
}

/** Per month and outcome: the stages and the distinct entities, i.e. the rows of trend_stage_months. */
export interface TrendStageMonthCellsTable {
  org_id: string;
  month: string;
  outcome: 'on_time' | 'late' | 'unsubmitted';
  stages: number;
  entities: number;
}

/** Mandatory incident chains per Amsterdam month of their first report, dimension, key and entity. */
export interface TrendIncidentMonthsTable {
  org_id: string;
  month: string;
  dimension: string;
  key: string;
  sender_org_id: string;
  incidents: number;
}

/** Per month, dimension and key: the chains and the distinct entities, i.e. the rows of trend_incident_months. */
export interface TrendIncidentMonthCellsTable {
  org_id: string;
  month: string;
  dimension: string;
  key: string;
  incidents: number;
  entities: number;
}

export interface TrendTables {
  trend_incidents: TrendIncidentsTable;
  trend_stage_deadlines: TrendStageDeadlinesTable;
  trend_stage_months: TrendStageMonthsTable;
  trend_stage_month_cells: TrendStageMonthCellsTable;
  trend_incident_months: TrendIncidentMonthsTable;
  trend_incident_month_cells: TrendIncidentMonthCellsTable;
}

export type TrendIncidentRow = Selectable<TrendIncidentsTable>;
export type TrendStageDeadlineRow = Selectable<TrendStageDeadlinesTable>;
