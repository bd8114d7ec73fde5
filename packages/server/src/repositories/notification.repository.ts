import type { DbOrTrx } from '../db/database.ts';
import type { NotificationRow } from '../db/schema-incidents.ts';

/** Inserts unless the dedupe key exists (then undefined): a reminder job that runs twice notifies once. */
export async function insertNotification(
  db: DbOrTrx,
  row: {
    org_id: string;
    kind: string;
    title: string;
    body: string;
    link: string | null;
    subject_type: string | null;
    subject_id: string | null;
    dedupe_key: string | null;
  },
): Promise<NotificationRow | undefined> {
  return db
    .insertInto('notifications')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'dedupe_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Several notifications in one statement; each is skipped when its dedupe key is already used. */
export async function insertNotifications(
  db: DbOrTrx,
  rows: readonly Parameters<typeof insertNotification>[1][],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('notifications')
    .values([...rows])
    .onConflict((oc) => oc.columns(['org_id', 'dedupe_key']).doNothing())
    .execute();
}

export async function listNotifications(
  db: DbOrTrx,
  orgId: string,
  opts: { unreadOnly: boolean; limit: number },
): Promise<NotificationRow[]> {
  let q = db.selectFrom('notifications').selectAll().where('org_id', '=', orgId);
  if (opts.unreadOnly) q = q.where('read_at', 'is', null);
  return q.orderBy('created_at', 'desc').limit(opts.limit).execute();
}

export async function findNotification(db: DbOrTrx, orgId: string, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function markNotificationRead(db: DbOrTrx, orgId: string, id: string, at: Date): Promise<NotificationRow> {
  return db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** E-mail addresses of the members whose role may handle incidents: they receive deadline reminders. */
export async function listMemberEmailsWithRoles(
  db: DbOrTrx,
  orgId: string,
  roles: readonly string[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.email')
    .where('m.org_id', '=', orgId)
    .where('m.role', 'in', roles)
    .orderBy('u.email')
    .execute();
  return rows.map((r) => r.email);
}
