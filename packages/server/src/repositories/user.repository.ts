import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { Updateable } from 'kysely';
import type { NewUser, UserRow, UsersTable } from '../db/schema.ts';

export async function insertUser(db: DbOrTrx, user: NewUser): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function findUserByEmail(db: DbOrTrx, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function findUser(db: DbOrTrx, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

export async function updateUser(db: DbOrTrx, userId: string, changes: Updateable<UsersTable>): Promise<UserRow> {
  return db.updateTable('users').set(changes).where('id', '=', userId).returningAll().executeTakeFirstOrThrow();
}

/**
 * Demo accounts stay usable without enrolling MFA (core/platform/mfa.ts; docs/OPERATIONS.md). Only the
 * demo seed and test fixtures call this; no route does.
 */
export async function markMfaExempt(db: DbOrTrx, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db.updateTable('users').set({ mfa_exempt: true }).where('id', 'in', userIds).execute();
}

/**
 * Counts a wrong second factor: an atomic increment, so parallel wrong guesses cannot slip past the
 * threshold; a lock that has run out starts a fresh count. The lock runs from the caller's `now` (the
 * clock the MFA step compares `mfa_locked_until` with), not the database's.
 */
export async function recordFailedMfa(
  db: DbOrTrx,
  userId: string,
  threshold: number,
  lockMinutes: number,
  now: Date,
): Promise<UserRow> {
  const lockedUntil = new Date(now.getTime() + lockMinutes * 60_000);
  return db
    .updateTable('users')
    .set({
      mfa_failures: sql`CASE WHEN mfa_locked_until <= ${now} THEN 1 ELSE mfa_failures + 1 END`,
      mfa_locked_until: sql`CASE
        WHEN mfa_locked_until <= ${now} THEN NULL
        WHEN mfa_failures + 1 >= ${threshold} THEN ${lockedUntil}::timestamptz
        ELSE mfa_locked_until END`,
    })
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function replaceRecoveryCodes(db: DbOrTrx, userId: string, codeHashes: string[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (codeHashes.length > 0) {
    await db
      .insertInto('recovery_codes')
      .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash })))
      .execute();
  }
}

/** Marks the code used and says whether it was valid and unused — in one statement. */
export async function consumeRecoveryCode(db: DbOrTrx, userId: string, codeHash: string): Promise<boolean> {
  const row = await db
    .updateTable('recovery_codes')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .returning('code_hash')
    .executeTakeFirst();
  return row !== undefined;
}

/** Records the TOTP time step as used, unless it (or a later one) already was: true when claimed. */
export async function claimTotpStep(db: DbOrTrx, userId: string, step: number): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ mfa_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('mfa_last_step', 'is', null), eb('mfa_last_step', '<', String(step))]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
