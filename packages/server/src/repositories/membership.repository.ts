import type { DbOrTrx } from '../db/database.ts';

export interface MembershipView {
  org_id: string;
  org_name: string;
  org_kind: 'entity' | 'authority';
  role: string;
  require_mfa_for_all: boolean;
}

export async function listMembershipsOfUser(db: DbOrTrx, userId: string): Promise<MembershipView[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.org_id')
    .select(['m.org_id', 'o.name as org_name', 'o.kind as org_kind', 'm.role', 'o.require_mfa_for_all'])
    .where('m.user_id', '=', userId)
    .orderBy('o.name')
    .execute();
}

export async function findMembership(
  db: DbOrTrx,
  orgId: string,
  userId: string,
): Promise<{ role: string; created_at: Date; org_kind: 'entity' | 'authority' } | undefined> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.org_id')
    .select(['m.role', 'm.created_at', 'o.kind as org_kind'])
    .where('m.org_id', '=', orgId)
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
}

export async function upsertMembership(db: DbOrTrx, orgId: string, userId: string, role: string): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ org_id: orgId, user_id: userId, role })
    .onConflict((oc) => oc.columns(['org_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

export async function deleteMembership(db: DbOrTrx, orgId: string, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
}

export async function listMembers(db: DbOrTrx, orgId: string, limit: number, offset: number) {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id as user_id', 'u.email', 'u.name', 'u.mfa_enabled', 'm.role', 'm.created_at'])
    .where('m.org_id', '=', orgId)
    .orderBy('u.name')
    .limit(limit)
    .offset(offset)
    .execute();
  const { n } = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

/**
 * Counts the owners with their rows locked for the transaction, so two owners demoting or removing
 * each other at the same moment cannot both pass the "at least one owner" check.
 */
export async function countOwners(db: DbOrTrx, orgId: string): Promise<number> {
  // FOR UPDATE cannot be combined with count(): lock the owner rows and count them here.
  const owners = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'owner')
    .forUpdate()
    .execute();
  return owners.length;
}
