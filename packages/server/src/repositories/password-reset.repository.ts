import type { DbOrTrx } from '../db/database.ts';

export async function insertPasswordReset(
  db: DbOrTrx,
  r: { token_hash: string; user_id: string; expires_at: Date },
): Promise<void> {
  await db.insertInto('password_resets').values(r).execute();
}

/** Claims the token: marks it used and returns its user, or nothing when unknown, used or expired. */
export async function consumePasswordReset(db: DbOrTrx, tokenHash: string, now: Date): Promise<string | undefined> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}
