// Table types of the business impact analysis and the supplier register (migration
// 20261208_0200_continuity_bia_suppliers).
import type { AssessmentResult } from '@weerbaar/core/suppliers';
import type { PhysicalEffectLevel } from '@weerbaar/core/continuity';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp } from './column-types.ts';

/** A calendar date, read as YYYY-MM-DD (pg type parser for date, see database.ts). */
type NullableDateColumn = ColumnType<string | null, string | null | undefined, string | null>;

export interface BusinessImpactAnalysesTable {
  org_id: string;
  asset_id: string;
  rto_hours: number | null;
  rpo_hours: number | null;
  minimum_service_level: string | null;
  peak_periods: ColumnType<string[], string[] | undefined, string[]>;
  safety_effect: PhysicalEffectLevel | null;
  health_effect: PhysicalEffectLevel | null;
  environment_effect: PhysicalEffectLevel | null;
  physical_effects_description: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface SuppliersTable {
  org_id: string;
  id: Generated<string>;
  name: string;
  description: string | null;
  emergency_contact: string | null;
  contract_reference: string | null;
  contract_end_date: NullableDateColumn;
  exit_strategy: string | null;
  security_requirements: string | null;
  assessed_on: NullableDateColumn;
  assessment_result: AssessmentResult | null;
  assessment_notes: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface SuppliedServicesTable {
  org_id: string;
  asset_id: string;
  supplier_id: string;
  recovery_time_hours: number | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface SupplierAlternativesTable {
  org_id: string;
  from_asset_id: string;
  to_asset_id: string;
  alternative_supplier_id: string;
  switch_over_hours: number | null;
  note: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface ContinuityBiaTables {
  business_impact_analyses: BusinessImpactAnalysesTable;
  suppliers: SuppliersTable;
  supplied_services: SuppliedServicesTable;
  supplier_alternatives: SupplierAlternativesTable;
}

export type BusinessImpactRow = Selectable<BusinessImpactAnalysesTable>;
export type SupplierRow = Selectable<SuppliersTable>;
export type SuppliedServiceRow = Selectable<SuppliedServicesTable>;
export type SupplierAlternativeRow = Selectable<SupplierAlternativesTable>;
