// Reads of the board's part in the measures: approvals, what changed since the latest, and training.
import {
  changedImplementations,
  type BoardTraining,
  type MeasureApproval,
  type MeasureApprovalChange,
} from '@weerbaar/core/measures';
import { notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import { listImplementations } from '../../repositories/measure.repository.ts';
import {
  findApproval,
  findLatestApproval,
  listApprovals,
  listBoardTrainings,
} from '../../repositories/measure-board.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { dutchToday } from '../measures/measure.presenter.ts';
import { describeRequirement, presentApproval, presentBoardTraining, snapshotOf } from './board.presenter.ts';

const readable = (ctx: OrgActor) => authorize(ctx, 'read', { type: 'board-approval', orgId: ctx.orgId }, 'Approval');

/** Every approval, newest (the one in force) first. */
export async function listMeasureApprovals(db: Db, ctx: OrgActor): Promise<MeasureApproval[]> {
  readable(ctx);
  const rows = await listApprovals(db, ctx.orgId);
  return rows.map((r) => presentApproval(r, r.record_count));
}

export async function getMeasureApproval(db: Db, ctx: OrgActor, approvalId: string): Promise<MeasureApproval> {
  readable(ctx);
  const row = await findApproval(db, ctx.orgId, approvalId);
  if (!row) throw notFound('Approval');
  return presentApproval(row, Object.keys(row.snapshot).length);
}

/** What changed (status or maturity) since the approval in force: what the board would approve next. */
export async function listChangesSinceApproval(db: Db, ctx: OrgActor): Promise<MeasureApprovalChange[]> {
  readable(ctx);
  const [latest, implementations] = await Promise.all([
    findLatestApproval(db, ctx.orgId),
    listImplementations(db, ctx.orgId),
  ]);
  return changedImplementations(latest?.snapshot ?? {}, snapshotOf(implementations), describeRequirement);
}

export async function listTrainings(db: Db, ctx: OrgActor, now: Date): Promise<BoardTraining[]> {
  authorize(ctx, 'read', { type: 'board-training', orgId: ctx.orgId }, 'Board training');
  const today = dutchToday(now);
  return (await listBoardTrainings(db, ctx.orgId)).map((r) => presentBoardTraining(r, today));
}
