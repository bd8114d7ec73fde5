import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';

export async function findActiveSigningKey(db: DbOrTrx) {
  return db
    .selectFrom('signing_keys')
    .selectAll()
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listSigningKeys(db: DbOrTrx) {
  return db.selectFrom('signing_keys').selectAll().orderBy('created_at').execute();
}

/** Serialises key creation across processes for the rest of the transaction. */
export async function lockSigningKeyCreation(db: DbOrTrx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('weerbaar.signing_keys'))`.execute(db);
}

export async function insertSigningKey(
  db: DbOrTrx,
  key: { id: string; public_key: string; private_key_ciphertext: string },
) {
  return db
    .insertInto('signing_keys')
    .values({ ...key, algorithm: 'Ed25519' })
    .returningAll()
    .executeTakeFirstOrThrow();
}
