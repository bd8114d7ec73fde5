import type { DbOrTrx } from '../db/database.ts';
import type { RegistrationVersionRow } from '../db/schema-delivery.ts';

export async function findLatestRegistrationVersion(
  db: DbOrTrx,
  orgId: string,
): Promise<RegistrationVersionRow | undefined> {
  return db
    .selectFrom('registration_versions')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Oldest first. */
export async function listRegistrationVersions(db: DbOrTrx, orgId: string): Promise<RegistrationVersionRow[]> {
  return db.selectFrom('registration_versions').selectAll().where('org_id', '=', orgId).orderBy('version').execute();
}

/** A concurrent save of the same next version fails on UNIQUE (org_id, version) and is reported as a conflict. */
export async function insertRegistrationVersion(
  db: DbOrTrx,
  row: { org_id: string; version: number; data: Record<string, unknown>; digest: string; created_by: string },
): Promise<RegistrationVersionRow> {
  return db
    .insertInto('registration_versions')
    .values({ ...row, data: JSON.stringify(row.data) })
    .returningAll()
    .executeTakeFirstOrThrow();
}
