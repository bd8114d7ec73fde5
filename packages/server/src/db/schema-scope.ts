// Row types of the scope self-assessment tables (migration 20261122_1010_scope).
import type { ColumnType, Generated, Selectable } from 'kysely';

type Json<T> = ColumnType<T, string, never>;

export interface ScopeAssessmentsTable {
  org_id: string;
  id: Generated<string>;
  input: Json<Record<string, unknown>>;
  result: Json<Record<string, unknown>>;
  outcome: 'definite' | 'conditional';
  entity_type_ref: string;
  eu_classification: 'out_of_scope' | 'important' | 'essential' | null;
  nl_classification: 'out_of_scope' | 'important' | 'essential' | null;
  rules_version: string;
  actor_type: 'user' | 'api-token' | 'system';
  actor_id: string | null;
  actor_label: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface ScopeTables {
  scope_assessments: ScopeAssessmentsTable;
}

export type ScopeAssessmentRow = Selectable<ScopeAssessmentsTable>;
