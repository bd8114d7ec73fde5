// Critical roles, their holders and the awareness activities with attendance (issue 13 item 5).
import type { DbOrTrx } from '../db/database.ts';
import type {
  AwarenessActivityRow,
  AwarenessAttendanceRow,
  CriticalRoleHolderRow,
  CriticalRoleRow,
} from '../db/schema-continuity-people-exercises.ts';

export async function insertCriticalRole(
  db: DbOrTrx,
  row: { org_id: string; name: string; description: string },
): Promise<CriticalRoleRow> {
  return db.insertInto('critical_roles').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCriticalRoleByName(
  db: DbOrTrx,
  orgId: string,
  name: string,
): Promise<CriticalRoleRow | undefined> {
  return db
    .selectFrom('critical_roles')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function findCriticalRole(db: DbOrTrx, orgId: string, id: string): Promise<CriticalRoleRow | undefined> {
  return db
    .selectFrom('critical_roles')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteCriticalRole(db: DbOrTrx, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('critical_roles').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function listCriticalRoles(db: DbOrTrx, orgId: string): Promise<CriticalRoleRow[]> {
  return db.selectFrom('critical_roles').selectAll().where('org_id', '=', orgId).orderBy('name').execute();
}

export async function setCriticalRoleServices(
  db: DbOrTrx,
  orgId: string,
  roleId: string,
  serviceIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('critical_role_services').where('org_id', '=', orgId).where('role_id', '=', roleId).execute();
  if (serviceIds.length === 0) return;
  await db
    .insertInto('critical_role_services')
    .values(serviceIds.map((service_id) => ({ org_id: orgId, role_id: roleId, service_id })))
    .execute();
}

/** The services of each role, with their names, for the given roles. */
export async function listCriticalRoleServices(
  db: DbOrTrx,
  orgId: string,
  roleIds: readonly string[],
): Promise<{ role_id: string; id: string; name: string }[]> {
  if (roleIds.length === 0) return [];
  return db
    .selectFrom('critical_role_services as s')
    .innerJoin('assets as a', (j) => j.onRef('a.org_id', '=', 's.org_id').onRef('a.id', '=', 's.service_id'))
    .select(['s.role_id', 'a.id', 'a.name'])
    .where('s.org_id', '=', orgId)
    .where('s.role_id', 'in', roleIds)
    .orderBy('a.name')
    .execute();
}

/** Which of these ids are services (assets of kind service) of the organisation. */
export async function findServiceIds(db: DbOrTrx, orgId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('assets')
    .select('id')
    .where('org_id', '=', orgId)
    .where('kind', '=', 'service')
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => r.id);
}

export async function insertRoleHolder(
  db: DbOrTrx,
  row: { org_id: string; role_id: string; person_name: string; user_id: string | null; deputy: boolean },
): Promise<CriticalRoleHolderRow | undefined> {
  return db
    .insertInto('critical_role_holders')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'role_id', 'person_name']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function findRoleHolder(
  db: DbOrTrx,
  orgId: string,
  roleId: string,
  id: string,
): Promise<CriticalRoleHolderRow | undefined> {
  return db
    .selectFrom('critical_role_holders')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('role_id', '=', roleId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteRoleHolder(db: DbOrTrx, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('critical_role_holders').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function listRoleHolders(
  db: DbOrTrx,
  orgId: string,
  roleIds: readonly string[],
): Promise<CriticalRoleHolderRow[]> {
  if (roleIds.length === 0) return [];
  return db
    .selectFrom('critical_role_holders')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('role_id', 'in', roleIds)
    .orderBy('deputy')
    .orderBy('person_name')
    .execute();
}

/** Is this user a member of the organisation (any role)? */
export async function isMemberOf(db: DbOrTrx, orgId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAwarenessActivity(
  db: DbOrTrx,
  row: {
    org_id: string;
    title: string;
    kind: 'awareness' | 'training';
    due_on: string | null;
    validity_months: number | null;
  },
): Promise<AwarenessActivityRow> {
  return db.insertInto('awareness_activities').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function setActivityRoles(
  db: DbOrTrx,
  orgId: string,
  activityId: string,
  roleIds: readonly string[],
): Promise<void> {
  if (roleIds.length === 0) return;
  await db
    .insertInto('awareness_activity_roles')
    .values(roleIds.map((role_id) => ({ org_id: orgId, activity_id: activityId, role_id })))
    .execute();
}

export async function findAwarenessActivity(
  db: DbOrTrx,
  orgId: string,
  id: string,
): Promise<AwarenessActivityRow | undefined> {
  return db
    .selectFrom('awareness_activities')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listAwarenessActivities(db: DbOrTrx, orgId: string): Promise<AwarenessActivityRow[]> {
  return db
    .selectFrom('awareness_activities')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('due_on')
    .orderBy('title')
    .execute();
}

/** The roles each activity is for: (activity, role id, role name). */
export async function listActivityRoles(
  db: DbOrTrx,
  orgId: string,
): Promise<{ activity_id: string; role_id: string; name: string }[]> {
  return db
    .selectFrom('awareness_activity_roles as ar')
    .innerJoin('critical_roles as r', (j) => j.onRef('r.org_id', '=', 'ar.org_id').onRef('r.id', '=', 'ar.role_id'))
    .select(['ar.activity_id', 'ar.role_id', 'r.name'])
    .where('ar.org_id', '=', orgId)
    .orderBy('r.name')
    .execute();
}

export async function insertAttendance(
  db: DbOrTrx,
  row: {
    org_id: string;
    activity_id: string;
    person_name: string;
    attended_on: string;
    expires_on: string | null;
    recorded_by: string;
  },
): Promise<AwarenessAttendanceRow | undefined> {
  return db
    .insertInto('awareness_attendance')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'activity_id', 'person_name', 'attended_on']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function listAttendance(db: DbOrTrx, orgId: string): Promise<AwarenessAttendanceRow[]> {
  return db
    .selectFrom('awareness_attendance')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('attended_on')
    .orderBy('person_name')
    .execute();
}

/** Board members' trainings from the measures module (NIS2 Art. 20(2)): read, never copied. */
export async function listBoardTrainingRecords(
  db: DbOrTrx,
  orgId: string,
): Promise<{ person_name: string; completed_on: string; expires_on: string | null }[]> {
  return db
    .selectFrom('board_trainings')
    .select(['person_name', 'completed_on', 'expires_on'])
    .where('org_id', '=', orgId)
    .execute();
}
