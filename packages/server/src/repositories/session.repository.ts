import type { DbOrTrx } from '../db/database.ts';

export async function insertSession(
  db: DbOrTrx,
  s: {
    id: string;
    user_id: string;
    active_org_id: string | null;
    mfa_pending: boolean;
    mfa_via_provider: boolean;
    expires_at: Date;
  },
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

/**
 * A live session with what access control needs on every request (the user's e-mail, the role and
 * organisation kind of the active membership, and whether MFA is required and given), in one query;
 * org_id is null without a membership.
 */
export async function findLiveSessionActor(db: DbOrTrx, id: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('memberships as m', (join) =>
      join.onRef('m.org_id', '=', 's.active_org_id').onRef('m.user_id', '=', 's.user_id'),
    )
    .leftJoin('organisations as o', 'o.id', 'm.org_id')
    .select([
      's.mfa_pending',
      's.mfa_via_provider',
      's.last_seen_at',
      's.user_id',
      'u.email',
      'u.mfa_enabled',
      'u.mfa_exempt',
      'm.org_id',
      'm.role',
      'o.kind as org_kind',
      'o.require_mfa_for_all',
    ])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', new Date())
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
