// Reads of critical roles with their coverage, and of awareness activities.
import {
  amsterdamToday,
  type AwarenessActivity,
  type CriticalRole,
  type TrainingRecord,
} from '@weerbaar/core/continuity';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import {
  findCriticalRole,
  listActivityRoles,
  listAttendance,
  listAwarenessActivities,
  listBoardTrainingRecords,
  listCriticalRoleServices,
  listCriticalRoles,
  listRoleHolders,
} from '../../repositories/critical-role.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import type { CriticalRoleRow } from '../../db/schema-continuity-people-exercises.ts';
import { presentAwarenessActivity, presentCriticalRole } from './critical-role.presenter.ts';

const groupBy = <T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/** Roles with holders and coverage on `now`'s Dutch date. */
export async function loadCriticalRoles(
  db: DbOrTrx,
  orgId: string,
  rows: CriticalRoleRow[],
  now: Date,
): Promise<CriticalRole[]> {
  const ids = rows.map((r) => r.id);
  const [services, holders, activities, activityRoles, attendance, board] = await Promise.all([
    listCriticalRoleServices(db, orgId, ids),
    listRoleHolders(db, orgId, ids),
    listAwarenessActivities(db, orgId),
    listActivityRoles(db, orgId),
    listAttendance(db, orgId),
    listBoardTrainingRecords(db, orgId),
  ]);
  const servicesOf = groupBy(services, (s) => s.role_id);
  const holdersOf = groupBy(holders, (h) => h.role_id);
  const activitiesOf = groupBy(activityRoles, (ar) => ar.role_id);
  const attendanceOf = groupBy(attendance, (a) => a.activity_id);
  const dueOf = new Map(activities.map((a) => [a.id, a.due_on]));
  // NIS2 Art. 20(2): the board's training is recorded by the measures module and counts for a board
  // member who also fills a critical role; it is read here, never copied.
  const boardRecords: TrainingRecord[] = board.map((b) => ({
    personName: b.person_name,
    completedOn: b.completed_on,
    expiresOn: b.expires_on,
    source: 'board-training',
  }));
  const today = amsterdamToday(now);
  return rows.map((row) => {
    const required = (activitiesOf.get(row.id) ?? []).map((ar) => ar.activity_id);
    const records: TrainingRecord[] = [
      ...required.flatMap((activityId) =>
        (attendanceOf.get(activityId) ?? []).map((a) => ({
          personName: a.person_name,
          completedOn: a.attended_on,
          expiresOn: a.expires_on,
          source: 'activity' as const,
        })),
      ),
      ...boardRecords,
    ];
    return presentCriticalRole(row, {
      services: (servicesOf.get(row.id) ?? []).map((s) => ({ id: s.id, name: s.name })),
      holders: holdersOf.get(row.id) ?? [],
      records,
      dueDates: required.map((id) => dueOf.get(id) ?? null),
      today,
    });
  });
}

export async function listOrgCriticalRoles(db: DbOrTrx, ctx: OrgActor, now: Date): Promise<CriticalRole[]> {
  authorize(ctx, 'read', { type: 'critical-role', orgId: ctx.orgId }, 'Critical role');
  return loadCriticalRoles(db, ctx.orgId, await listCriticalRoles(db, ctx.orgId), now);
}

export async function getCriticalRole(db: DbOrTrx, ctx: OrgActor, id: string, now: Date): Promise<CriticalRole> {
  authorize(ctx, 'read', { type: 'critical-role', orgId: ctx.orgId }, 'Critical role');
  const row = await findCriticalRole(db, ctx.orgId, id);
  if (!row) throw notFound('Critical role');
  return (await loadCriticalRoles(db, ctx.orgId, [row], now))[0]!;
}

export async function loadAwarenessActivities(db: DbOrTrx, orgId: string): Promise<AwarenessActivity[]> {
  const [activities, roles, attendance] = await Promise.all([
    listAwarenessActivities(db, orgId),
    listActivityRoles(db, orgId),
    listAttendance(db, orgId),
  ]);
  const rolesOf = groupBy(roles, (r) => r.activity_id);
  const attendanceOf = groupBy(attendance, (a) => a.activity_id);
  return activities.map((a) =>
    presentAwarenessActivity(
      a,
      (rolesOf.get(a.id) ?? []).map((r) => ({ id: r.role_id, name: r.name })),
      attendanceOf.get(a.id) ?? [],
    ),
  );
}

export async function listOrgAwarenessActivities(db: DbOrTrx, ctx: OrgActor): Promise<AwarenessActivity[]> {
  authorize(ctx, 'read', { type: 'critical-role', orgId: ctx.orgId }, 'Awareness activity');
  return loadAwarenessActivities(db, ctx.orgId);
}
