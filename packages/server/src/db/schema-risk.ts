// Table types of the risk analysis (migration 20261207_2100_risk).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp, NullableTimestamp } from './column-types.ts';

type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;
/** A calendar date, read as YYYY-MM-DD (pg type parser for date, see database.ts). */
type DateColumn = ColumnType<string, string, string>;
type NullableDateColumn = ColumnType<string | null, string | null | undefined, string | null>;

export interface RiskThreatsTable {
  org_id: string;
  id: Generated<string>;
  theme: string;
  nature: 'digital' | 'physical' | 'natural' | 'human';
  name: string;
  description: Generated<string>;
  typical_scenarios: Json<string[]>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface RiskMatricesTable {
  org_id: string;
  config: Json<unknown>;
  updated_at: DefaultTimestamp;
}

export interface RiskScenariosTable {
  org_id: string;
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  threat_id: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface RiskScenarioAssetsTable {
  org_id: string;
  scenario_id: string;
  asset_id: string;
}

export interface RisksTable {
  org_id: string;
  id: Generated<string>;
  scenario_id: string;
  title: string;
  owner: string | null;
  inherent_likelihood: number;
  inherent_impacts: Json<Record<string, number>>;
  existing_measures: Json<{ ref: string; title: string }[]>;
  residual_likelihood: number | null;
  residual_impacts: NullableJson<Record<string, number>>;
  treatment_strategy: 'accept' | 'mitigate' | 'transfer' | 'avoid' | null;
  treatment_owner: string | null;
  treatment_due_on: NullableDateColumn;
  treatment_justification: string | null;
  accepted_by: string | null;
  accepted_by_name: string | null;
  accepted_at: NullableTimestamp;
  last_reviewed_on: DateColumn;
  next_review_on: DateColumn;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface RiskTables {
  risk_threats: RiskThreatsTable;
  risk_matrices: RiskMatricesTable;
  risk_scenarios: RiskScenariosTable;
  risk_scenario_assets: RiskScenarioAssetsTable;
  risks: RisksTable;
}

export type RiskThreatRow = Selectable<RiskThreatsTable>;
export type RiskScenarioRow = Selectable<RiskScenariosTable>;
export type RiskRow = Selectable<RisksTable>;
