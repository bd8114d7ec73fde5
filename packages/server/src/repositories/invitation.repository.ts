import type { DbOrTrx } from '../db/database.ts';

export async function insertInvitation(
  db: DbOrTrx,
  inv: { org_id: string; email: string; role: string; token_hash: string; invited_by: string | null; expires_at: Date },
) {
  return db.insertInto('invitations').values(inv).returningAll().executeTakeFirstOrThrow();
}

export async function listOpenInvitations(db: DbOrTrx, orgId: string) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findInvitation(db: DbOrTrx, orgId: string, id: string) {
  return db.selectFrom('invitations').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** Looking up by token crosses tenants by nature: the token is the only thing the invitee holds. */
export async function findUsableInvitationByToken(db: DbOrTrx, tokenHash: string, now: Date) {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .forUpdate()
    .executeTakeFirst();
}

export async function markInvitation(
  db: DbOrTrx,
  orgId: string,
  id: string,
  changes: { accepted_at?: Date; revoked_at?: Date },
): Promise<void> {
  await db.updateTable('invitations').set(changes).where('org_id', '=', orgId).where('id', '=', id).execute();
}
