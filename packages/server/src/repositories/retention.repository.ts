// Platform-wide housekeeping: the only queries that touch every organisation's rows at once, because
// retention is the installation's duty, not a tenant's. Each returns how many rows it removed.
import type { DbOrTrx } from '../db/database.ts';

export async function deleteExpiredSessions(db: DbOrTrx, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Reset links that expired or were used: neither can be used again. */
export async function deleteSpentPasswordResets(db: DbOrTrx, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('password_resets')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('used_at', 'is not', null)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteMailWrittenBefore(db: DbOrTrx, before: Date): Promise<number> {
  const result = await db.deleteFrom('mail_outbox').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteNotificationsReadBefore(db: DbOrTrx, before: Date): Promise<number> {
  const result = await db.deleteFrom('notifications').where('read_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
