// The board's approvals of the measures (immutable: insert and read only) and its members' training.
import { sql } from 'kysely';
import type { ImplementationSnapshot, MeasureApprovalChange } from '@weerbaar/core/measures';
import type { DbOrTrx, Trx } from '../db/database.ts';
import type { BoardTrainingRow, MeasureApprovalRow } from '../db/schema-measure-board.ts';

/** Serialises approvals of one organisation, so two at once cannot take the same version number. */
export async function lockApprovals(trx: Trx, orgId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('measure_approvals'), hashtext(${orgId}))`.execute(trx);
}

/** The approval in force: the highest version. */
export async function findLatestApproval(db: DbOrTrx, orgId: string): Promise<MeasureApprovalRow | undefined> {
  return db
    .selectFrom('measure_approvals')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Newest first, without the snapshots (only how many records each approved). */
export async function listApprovals(
  db: DbOrTrx,
  orgId: string,
): Promise<(Omit<MeasureApprovalRow, 'snapshot'> & { record_count: number })[]> {
  return db
    .selectFrom('measure_approvals')
    .select([
      'org_id',
      'id',
      'version',
      'approved_on',
      'approver_name',
      'approver_function',
      'decision',
      'changes',
      'recorded_by',
      'recorded_at',
      sql<number>`(SELECT count(*) FROM jsonb_object_keys(snapshot))::int`.as('record_count'),
    ])
    .where('org_id', '=', orgId)
    .orderBy('version', 'desc')
    .execute();
}

export async function findApproval(db: DbOrTrx, orgId: string, id: string): Promise<MeasureApprovalRow | undefined> {
  return db
    .selectFrom('measure_approvals')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertApproval(
  trx: Trx,
  row: {
    org_id: string;
    version: number;
    approved_on: string;
    approver_name: string;
    approver_function: string;
    decision: string;
    snapshot: ImplementationSnapshot;
    changes: MeasureApprovalChange[];
    recorded_by: string;
    recorded_at: Date;
  },
): Promise<MeasureApprovalRow> {
  return trx
    .insertInto('measure_approvals')
    .values({ ...row, snapshot: JSON.stringify(row.snapshot), changes: JSON.stringify(row.changes) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Ordered by person, then the most recent training first. */
export async function listBoardTrainings(db: DbOrTrx, orgId: string): Promise<BoardTrainingRow[]> {
  return db
    .selectFrom('board_trainings')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('person_name')
    .orderBy('completed_on', 'desc')
    .orderBy('id')
    .execute();
}

export async function findBoardTraining(db: DbOrTrx, orgId: string, id: string): Promise<BoardTrainingRow | undefined> {
  return db
    .selectFrom('board_trainings')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertBoardTraining(
  trx: Trx,
  row: {
    org_id: string;
    person_name: string;
    board_role: string;
    training_name: string;
    completed_on: string;
    expires_on: string | null;
    recorded_by: string;
    recorded_at: Date;
  },
): Promise<BoardTrainingRow> {
  return trx.insertInto('board_trainings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteBoardTraining(trx: Trx, orgId: string, id: string): Promise<BoardTrainingRow | undefined> {
  return trx
    .deleteFrom('board_trainings')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
