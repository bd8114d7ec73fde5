// Table types of critical roles, awareness and exercises (migration 20261208_0400_continuity_people_exercises).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp, NullableTimestamp, Timestamp } from './column-types.ts';

type Json<T> = ColumnType<T, string | undefined, string>;

export interface CriticalRolesTable {
  org_id: string;
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  created_at: DefaultTimestamp;
}

export interface CriticalRoleServicesTable {
  org_id: string;
  role_id: string;
  service_id: string;
}

export interface CriticalRoleHoldersTable {
  org_id: string;
  id: Generated<string>;
  role_id: string;
  person_name: string;
  user_id: string | null;
  deputy: Generated<boolean>;
  created_at: DefaultTimestamp;
}

export interface AwarenessActivitiesTable {
  org_id: string;
  id: Generated<string>;
  title: string;
  kind: 'awareness' | 'training';
  due_on: string | null;
  validity_months: number | null;
  created_at: DefaultTimestamp;
}

export interface AwarenessActivityRolesTable {
  org_id: string;
  activity_id: string;
  role_id: string;
}

export interface AwarenessAttendanceTable {
  org_id: string;
  id: Generated<string>;
  activity_id: string;
  person_name: string;
  attended_on: string;
  expires_on: string | null;
  recorded_by: string;
  created_at: DefaultTimestamp;
}

export interface ExercisesTable {
  org_id: string;
  id: Generated<string>;
  title: string;
  kind: 'tabletop' | 'technical' | 'full-scale';
  status: ColumnType<
    'planned' | 'held' | 'evaluated' | 'cancelled',
    'planned' | 'held' | 'evaluated' | 'cancelled' | undefined
  >;
  scenario_id: string;
  starts_at: Timestamp;
  ends_at: NullableTimestamp;
  objectives: Json<string[]>;
  participants: Json<{ name: string; role: string }[]>;
  evaluation: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface ExercisePlansTable {
  org_id: string;
  exercise_id: string;
  plan_id: string;
}

export interface ExerciseInvitationsTable {
  org_id: string;
  id: Generated<string>;
  exercise_id: string;
  invited_org_id: string;
  role: string;
  status: ColumnType<'invited' | 'accepted' | 'declined', 'invited' | 'accepted' | 'declined' | undefined>;
  responded_at: NullableTimestamp;
  responded_by: string | null;
  created_at: DefaultTimestamp;
}

export interface ExerciseLogEntriesTable {
  org_id: string;
  id: Generated<string>;
  exercise_id: string;
  occurred_at: Timestamp;
  kind: 'inject' | 'decision' | 'observation';
  text: string;
  recorded_by: string;
  created_at: DefaultTimestamp;
}

export interface ExerciseFindingsTable {
  org_id: string;
  id: Generated<string>;
  exercise_id: string;
  text: string;
  created_at: DefaultTimestamp;
}

export type CriticalRoleRow = Selectable<CriticalRolesTable>;
export type CriticalRoleHolderRow = Selectable<CriticalRoleHoldersTable>;
export type AwarenessActivityRow = Selectable<AwarenessActivitiesTable>;
export type AwarenessAttendanceRow = Selectable<AwarenessAttendanceTable>;
export type ExerciseRow = Selectable<ExercisesTable>;
export type ExerciseInvitationRow = Selectable<ExerciseInvitationsTable>;
export type ExerciseLogEntryRow = Selectable<ExerciseLogEntriesTable>;
export type ExerciseFindingRow = Selectable<ExerciseFindingsTable>;

export interface ContinuityPeopleExerciseTables {
  critical_roles: CriticalRolesTable;
  critical_role_services: CriticalRoleServicesTable;
  critical_role_holders: CriticalRoleHoldersTable;
  awareness_activities: AwarenessActivitiesTable;
  awareness_activity_roles: AwarenessActivityRolesTable;
  awareness_attendance: AwarenessAttendanceTable;
  exercises: ExercisesTable;
  exercise_plans: ExercisePlansTable;
  exercise_invitations: ExerciseInvitationsTable;
  exercise_log_entries: ExerciseLogEntriesTable;
  exercise_findings: ExerciseFindingsTable;
}
