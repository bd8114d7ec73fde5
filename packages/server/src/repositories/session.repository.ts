import type { DbOrTrx } from '../db/database.ts';

export async function insertSession(
  db: DbOrTrx,
  s: { id: string; user_id: string; active_org_id: string | null; mfa_pending: boolean; expires_at: Date },
): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

export async function findLiveSession(db: DbOrTrx, id: string) {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function updateSession(
  db: DbOrTrx,
  id: string,
  changes: { active_org_id?: string | null; mfa_pending?: boolean; last_seen_at?: Date; expires_at?: Date },
): Promise<void> {
  await db.updateTable('sessions').set(changes).where('id', '=', id).execute();
}

export async function deleteSession(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** After a password reset or change every other session of the user ends. */
export async function deleteSessionsOfUser(db: DbOrTrx, userId: string, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}
