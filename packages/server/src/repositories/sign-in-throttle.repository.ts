import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.ts';

/** The latest block among the keys that still holds at `now`, if any. */
export async function findSignInBlock(db: DbOrTrx, keys: readonly string[], now: Date): Promise<Date | undefined> {
  const row = await db
    .selectFrom('sign_in_throttles')
    .select((eb) => eb.fn.max('blocked_until').as('until'))
    .where('key', 'in', keys)
    .where('blocked_until', '>', now)
    .executeTakeFirst();
  return row?.until ? new Date(row.until) : undefined;
}

/**
 * Counts one failure for the key in one statement (parallel guesses cannot slip past a threshold) and
 * returns the count; a key whose last failure is older than `windowStart` starts again at 1.
 */
export async function countSignInFailure(trx: Trx, key: string, now: Date, windowStart: Date): Promise<number> {
  const row = await trx
    .insertInto('sign_in_throttles')
    .values({ key, failures: 1, last_failure_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`CASE WHEN sign_in_throttles.last_failure_at < ${windowStart} THEN 1 ELSE sign_in_throttles.failures + 1 END`,
        last_failure_at: now,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

export async function blockSignInSource(trx: Trx, key: string, until: Date): Promise<void> {
  await trx.updateTable('sign_in_throttles').set({ blocked_until: until }).where('key', '=', key).execute();
}

export async function clearSignInThrottle(trx: Trx, key: string): Promise<void> {
  await trx.deleteFrom('sign_in_throttles').where('key', '=', key).execute();
}

/** Rows whose count and block have both run out (the nightly prune). */
export async function pruneSignInThrottles(db: DbOrTrx, windowStart: Date, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('sign_in_throttles')
    .where('last_failure_at', '<', windowStart)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
