// Table types of continuity plans and crisis protocols (migration 20261208_0300_continuity_plans).
import type { Generated, Selectable } from 'kysely';
import type { DefaultTimestamp } from './column-types.ts';

export interface ContinuityPlansTable {
  org_id: string;
  id: Generated<string>;
  kind: 'continuity' | 'crisis';
  /** The service a continuity plan is for; null for a crisis protocol (a CHECK holds this). */
  service_id: string | null;
  title: string;
  /** This crisis protocol is the incident response plan (migration 20261208_0310; at most one per organisation). */
  incident_response_plan: Generated<boolean>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}
export type ContinuityPlanRow = Selectable<ContinuityPlansTable>;

export interface ContinuityTables {
  continuity_plans: ContinuityPlansTable;
}
