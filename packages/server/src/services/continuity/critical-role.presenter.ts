// How critical roles, their holders' training and awareness activities are shown (allow-lists).
import {
  holderTraining,
  roleCoverage,
  type AwarenessActivity,
  type CriticalRole,
  type TrainingRecord,
} from '@weerbaar/core/continuity';
import type {
  AwarenessActivityRow,
  AwarenessAttendanceRow,
  CriticalRoleHolderRow,
  CriticalRoleRow,
} from '../../db/schema-continuity-people-exercises.ts';

/**
 * A role with its holders' training on `today`. `records` are every training record of the organisation
 * that counts for this role (attendance at its activities, and the board's trainings); `dueDates` the due
 * dates of the activities required for it.
 */
export function presentCriticalRole(
  row: CriticalRoleRow,
  facts: {
    services: { id: string; name: string }[];
    holders: CriticalRoleHolderRow[];
    records: readonly TrainingRecord[];
    dueDates: readonly (string | null)[];
    today: string;
  },
): CriticalRole {
  const holders = facts.holders.map((h) => ({
    id: h.id,
    personName: h.person_name,
    userId: h.user_id,
    deputy: h.deputy,
    training: holderTraining(h.person_name, facts.records, facts.dueDates, facts.today),
  }));
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    services: facts.services,
    holders,
    coverage: roleCoverage(holders.map((h) => ({ deputy: h.deputy, status: h.training.status }))),
    createdAt: row.created_at.toISOString(),
  };
}

export function presentAwarenessActivity(
  row: AwarenessActivityRow,
  roles: { id: string; name: string }[],
  attendance: AwarenessAttendanceRow[],
): AwarenessActivity {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    dueOn: row.due_on,
    validityMonths: row.validity_months,
    roles,
    attendance: attendance.map((a) => ({
      id: a.id,
      personName: a.person_name,
      attendedOn: a.attended_on,
      expiresOn: a.expires_on,
    })),
    createdAt: row.created_at.toISOString(),
  };
}
