// Table types of continuity plan versions and offline packs (migration 20261208_0310_continuity_plan_content).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { PlanContent } from '@weerbaar/core/continuity';
import type { DefaultTimestamp, NullableTimestamp, Timestamp } from './column-types.ts';

type Json<T> = ColumnType<T, string, string>;
type NullableDateColumn = ColumnType<string | null, string | null | undefined, string | null>;

export interface ContinuityPlanVersionsTable {
  org_id: string;
  plan_id: string;
  version: number;
  status: 'draft' | 'approved' | 'superseded';
  content: Json<PlanContent>;
  change_note: Generated<string>;
  created_by_name: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_at: NullableTimestamp;
  next_review_on: NullableDateColumn;
}
export type ContinuityPlanVersionRow = Selectable<ContinuityPlanVersionsTable>;

export interface ContinuityPacksTable {
  org_id: string;
  id: Generated<string>;
  pack_version: number;
  made_at: Timestamp;
  made_by_name: string | null;
  via: 'web' | 'cli';
}
export type ContinuityPackRow = Selectable<ContinuityPacksTable>;

export interface ContinuityPackPlansTable {
  org_id: string;
  pack_id: string;
  plan_id: string;
  version: number;
  /** The plan's title as printed (migration 20261209_0100_continuity_finish). */
  title: string;
}

export interface ContinuityPlanContentTables {
  continuity_plan_versions: ContinuityPlanVersionsTable;
  continuity_packs: ContinuityPacksTable;
  continuity_pack_plans: ContinuityPackPlansTable;
}
