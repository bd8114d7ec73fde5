// What the API shows of board approvals and board training: explicit allow-lists, no database, no clock.
import {
  findRequirement,
  type BoardTraining,
  type ImplementationSnapshot,
  type MeasureApproval,
  type RequirementId,
  trainingExpiry,
} from '@weerbaar/core/measures';
import type { BoardTrainingRow, MeasureApprovalRow } from '../../db/schema-measure-board.ts';
import type { MeasureImplementationRow } from '../../db/schema-measures.ts';

export function presentApproval(row: Omit<MeasureApprovalRow, 'snapshot'>, recordCount: number): MeasureApproval {
  return {
    id: row.id,
    version: row.version,
    approvedOn: row.approved_on,
    approverName: row.approver_name,
    approverFunction: row.approver_function,
    decision: row.decision,
    changes: row.changes.map((c) => ({
      requirementId: c.requirementId,
      ref: c.ref,
      title: c.title,
      before: { status: c.before.status, maturity: c.before.maturity },
      after: { status: c.after.status, maturity: c.after.maturity },
    })),
    recordCount,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** The status and maturity of every implementation record: what an approval approves. */
export function snapshotOf(rows: readonly MeasureImplementationRow[]): ImplementationSnapshot {
  const snapshot: ImplementationSnapshot = {};
  for (const r of [...rows].sort((a, b) => a.requirement_id.localeCompare(b.requirement_id)))
    snapshot[r.requirement_id] = { status: r.status, maturity: r.maturity };
  return snapshot;
}

/** "Art. 21(2)(a)" and its title, as the catalogue names it; an id no catalogue knows stays an id. */
export function describeRequirement(requirementId: string): { ref: string; title: string } {
  const found = findRequirement(requirementId as RequirementId);
  if (!found) return { ref: requirementId, title: requirementId };
  return { ref: `${found.catalogue.title}: ${found.requirement.ref}`, title: found.requirement.title };
}

export function presentBoardTraining(row: BoardTrainingRow, today: string): BoardTraining {
  return {
    id: row.id,
    personName: row.person_name,
    boardRole: row.board_role,
    trainingName: row.training_name,
    completedOn: row.completed_on,
    expiresOn: row.expires_on,
    expiry: trainingExpiry(row.expires_on, today),
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** What the audit trail keeps of a training record (no clock-dependent facts). */
export function auditedTraining(row: BoardTrainingRow) {
  return {
    personName: row.person_name,
    boardRole: row.board_role,
    trainingName: row.training_name,
    completedOn: row.completed_on,
    expiresOn: row.expires_on,
  };
}
