// Table types of the board's approvals and training (migration 20261207_2300_measure_board).
import type { ImplementationSnapshot, MeasureApprovalChange } from '@weerbaar/core/measures';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp } from './column-types.ts';

export interface MeasureApprovalsTable {
  org_id: string;
  id: Generated<string>;
  version: number;
  approved_on: string;
  approver_name: string;
  approver_function: string;
  decision: string;
  // Never updated (a trigger refuses UPDATE and DELETE).
  snapshot: ColumnType<ImplementationSnapshot, string, never>;
  changes: ColumnType<MeasureApprovalChange[], string, never>;
  recorded_by: string;
  recorded_at: DefaultTimestamp;
}

export interface BoardTrainingsTable {
  org_id: string;
  id: Generated<string>;
  person_name: string;
  board_role: string;
  training_name: string;
  completed_on: string;
  expires_on: string | null;
  recorded_by: string;
  recorded_at: DefaultTimestamp;
}

export interface MeasureBoardTables {
  measure_approvals: MeasureApprovalsTable;
  board_trainings: BoardTrainingsTable;
}

export type MeasureApprovalRow = Selectable<MeasureApprovalsTable>;
export type BoardTrainingRow = Selectable<BoardTrainingsTable>;
