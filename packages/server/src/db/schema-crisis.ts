// Table types of crisis coordination (migration 20261210_0100_crisis).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp, NullableTimestamp, Timestamp } from './column-types.ts';
import type { CrisisLevelDefinition, CrisisStructureDefinition, SitrepContent } from '@weerbaar/core/crisis';

type Json<T> = ColumnType<T, string, string>;

export interface CrisisSettingsTable {
  org_id: string;
  levels: Json<CrisisLevelDefinition[]>;
  structures: Json<CrisisStructureDefinition[]>;
  default_sitrep_interval_minutes: Generated<number>;
  updated_by: string;
  updated_at: DefaultTimestamp;
}
export type CrisisSettingsRow = Selectable<CrisisSettingsTable>;

export interface CrisesTable {
  org_id: string;
  id: Generated<string>;
  reference: string;
  title: string;
  description: Generated<string>;
  level: string;
  status: Generated<'declared' | 'de-escalated' | 'closed'>;
  sectors: Generated<string[]>;
  regions: Generated<string[]>;
  structures: Generated<string[]>;
  sitrep_interval_minutes: Generated<number>;
  is_exercise: Generated<boolean>;
  exercise_agenda_item_id: string | null;
  declared_at: Timestamp;
  declared_by: string;
  declared_by_user_id: string | null;
  closed_at: NullableTimestamp;
  closed_by: string | null;
  evaluation: string | null;
  updated_at: DefaultTimestamp;
}
export type CrisisRow = Selectable<CrisesTable>;

export interface CrisisLevelChangesTable {
  org_id: string;
  id: Generated<string>;
  seq: ColumnType<string, never, never>;
  crisis_id: string;
  kind: 'declared' | 'escalated' | 'de-escalated' | 'closed';
  from_level: string | null;
  to_level: string;
  reason: string;
  changed_by: string;
  changed_at: Timestamp;
}
export type CrisisLevelChangeRow = Selectable<CrisisLevelChangesTable>;

export interface CrisisMemberOrgsTable {
  org_id: string;
  crisis_id: string;
  member_org_id: string;
  added_by: string;
  added_at: Timestamp;
}

/** A member on another installation: a registry entity that receives sitreps over the pull (20261211_0400). */
export interface CrisisRemoteMembersTable {
  org_id: string;
  crisis_id: string;
  entity_id: string;
  name: string;
  added_by: string;
  added_at: Timestamp;
}
export type CrisisRemoteMemberRow = Selectable<CrisisRemoteMembersTable>;

export interface CrisisTeamTable {
  org_id: string;
  crisis_id: string;
  user_id: string;
  role: 'coordinator' | 'analyst' | 'observer';
  added_by: string;
  added_at: Timestamp;
}
export type CrisisTeamRow = Selectable<CrisisTeamTable>;

export interface CrisisInboxReportsTable {
  org_id: string;
  crisis_id: string;
  submission_id: string;
  added_at: Timestamp;
}

export interface CrisisAdvisoriesTable {
  org_id: string;
  crisis_id: string;
  advisory_id: string;
  added_at: Timestamp;
}

export interface CrisisObservablesTable {
  org_id: string;
  crisis_id: string;
  indicator_type: string;
  indicator_value: string;
  added_at: Timestamp;
}

export interface CrisisFactsTable {
  org_id: string;
  id: Generated<string>;
  crisis_id: string;
  statement: string;
  certainty: 'known' | 'unknown' | 'assumed';
  source: string;
  observed_at: Timestamp;
  recorded_by: string;
  recorded_by_org_id: string;
  recorded_at: Timestamp;
}
export type CrisisFactRow = Selectable<CrisisFactsTable>;

export interface CrisisDecisionsTable {
  org_id: string;
  id: Generated<string>;
  crisis_id: string;
  number: number;
  decision: string;
  decided_by: string;
  decided_at: Timestamp;
  basis: string;
  structure: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}
export type CrisisDecisionRow = Selectable<CrisisDecisionsTable>;

export interface CrisisSitrepsTable {
  org_id: string;
  id: Generated<string>;
  crisis_id: string;
  number: number;
  summary: string;
  content: Json<SitrepContent>;
  issued_by: string;
  issued_at: Timestamp;
}
export type CrisisSitrepRow = Selectable<CrisisSitrepsTable>;

export interface CrisisLessonsTable {
  org_id: string;
  id: Generated<string>;
  crisis_id: string;
  lesson: string;
  task_id: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}
export type CrisisLessonRow = Selectable<CrisisLessonsTable>;

export interface CrisisTables {
  crisis_settings: CrisisSettingsTable;
  crises: CrisesTable;
  crisis_level_changes: CrisisLevelChangesTable;
  crisis_member_orgs: CrisisMemberOrgsTable;
  crisis_remote_members: CrisisRemoteMembersTable;
  crisis_team: CrisisTeamTable;
  crisis_inbox_reports: CrisisInboxReportsTable;
  crisis_advisories: CrisisAdvisoriesTable;
  crisis_observables: CrisisObservablesTable;
  crisis_facts: CrisisFactsTable;
  crisis_decisions: CrisisDecisionsTable;
  crisis_sitreps: CrisisSitrepsTable;
  crisis_lessons: CrisisLessonsTable;
}
