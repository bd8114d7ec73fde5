import { sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.ts';

export async function insertApiToken(
  db: DbOrTrx,
  t: {
    org_id: string;
    name: string;
    role: string;
    token_hash: string;
    prefix: string;
    created_by: string | null;
    sender_org_id?: string | null;
  },
) {
  return db.insertInto('api_tokens').values(t).returningAll().executeTakeFirstOrThrow();
}

export async function listApiTokens(db: DbOrTrx, orgId: string) {
  return db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId).orderBy('created_at', 'desc').execute();
}

export async function findApiToken(db: DbOrTrx, orgId: string, id: string) {
  return db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/**
 * Authentication: the hash is the lookup key, so the organisation comes from the token itself.
 * Takes several hashes so that concurrent requests can share one query (api-token-lookup.ts).
 */
export async function findActiveApiTokensByHash(db: DbOrTrx, tokenHashes: readonly string[]) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('organisations as o', 'o.id', 't.org_id')
    .selectAll('t')
    .select('o.kind as org_kind')
    .where('t.token_hash', 'in', tokenHashes)
    .where('t.revoked_at', 'is', null)
    .execute();
}

export type ActiveApiToken = Awaited<ReturnType<typeof findActiveApiTokensByHash>>[number];

export async function touchApiToken(db: DbOrTrx, orgId: string, id: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function revokeApiToken(db: DbOrTrx, orgId: string, id: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/**
 * Binds a token to the sender of its first delivery, unless it is bound already (a concurrent first
 * delivery may have won) or the sender is served already: by another bound token, or by earlier
 * submissions (then the authority binds a new token explicitly). Serialised per sender, so two
 * tokens racing for one sender cannot both win. Returns the sender the token is bound to now.
 */
export async function bindApiTokenSender(
  trx: Trx,
  orgId: string,
  id: string,
  senderOrgId: string,
): Promise<{ bound: string | null; changed: boolean }> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`api-token-sender:${orgId}:${senderOrgId}`}))`.execute(trx);
  const changed = await trx
    .updateTable('api_tokens')
    .set({ sender_org_id: senderOrgId })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('sender_org_id', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('api_tokens as other')
            .select('other.id')
            .where('other.org_id', '=', orgId)
            .where('other.sender_org_id', '=', senderOrgId),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('received_submissions as r')
            .select('r.id')
            .where('r.org_id', '=', orgId)
            .where('r.sender_org_id', '=', senderOrgId),
        ),
      ),
    )
    .returning('sender_org_id')
    .executeTakeFirst();
  if (changed) return { bound: changed.sender_org_id, changed: true };
  const current = await findApiToken(trx, orgId, id);
  return { bound: current?.sender_org_id ?? null, changed: false };
}
