import type { DbOrTrx } from '../db/database.ts';
import type { CommunitiesTable, CommunityRow } from '../db/schema-sharing.ts';
import type { Insertable } from 'kysely';

export interface CommunityListRow extends CommunityRow {
  owner_org_name: string;
  member_count: string;
}

export async function insertCommunity(db: DbOrTrx, row: Insertable<CommunitiesTable>): Promise<CommunityRow> {
  return db.insertInto('communities').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCommunityByName(
  db: DbOrTrx,
  ownerOrgId: string,
  name: string,
): Promise<CommunityRow | undefined> {
  return db
    .selectFrom('communities')
    .selectAll()
    .where('owner_org_id', '=', ownerOrgId)
    .where('name', '=', name)
    .executeTakeFirst();
}

/** The communities an organisation owns or is a member of: the ones it can see and share in. */
export async function listCommunitiesOf(db: DbOrTrx, orgId: string, id?: string): Promise<CommunityListRow[]> {
  let q = db
    .selectFrom('communities as c')
    .innerJoin('organisations as o', 'o.id', 'c.owner_org_id')
    .selectAll('c')
    .select('o.name as owner_org_name')
    .select((eb) =>
      eb
        .selectFrom('community_members as m')
        .whereRef('m.community_id', '=', 'c.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('member_count'),
    )
    .where((eb) =>
      eb.or([
        eb('c.owner_org_id', '=', orgId),
        eb.exists(
          eb
            .selectFrom('community_members as m')
            .whereRef('m.community_id', '=', 'c.id')
            .where('m.org_id', '=', orgId)
            .select('m.org_id'),
        ),
      ]),
    );
  if (id) q = q.where('c.id', '=', id);
  return q.orderBy('c.name').execute() as Promise<CommunityListRow[]>;
}

/** The community if the organisation owns it or is a member (one query); undefined otherwise. */
export async function findCommunityOf(
  db: DbOrTrx,
  orgId: string,
  communityId: string,
): Promise<CommunityRow | undefined> {
  return db
    .selectFrom('communities as c')
    .selectAll('c')
    .where('c.id', '=', communityId)
    .where((eb) =>
      eb.or([
        eb('c.owner_org_id', '=', orgId),
        eb.exists(
          eb
            .selectFrom('community_members as m')
            .whereRef('m.community_id', '=', 'c.id')
            .where('m.org_id', '=', orgId)
            .select('m.org_id'),
        ),
      ]),
    )
    .executeTakeFirst();
}

export async function listCommunityMembers(db: DbOrTrx, communityId: string) {
  return db
    .selectFrom('community_members as m')
    .innerJoin('organisations as o', 'o.id', 'm.org_id')
    .select(['m.org_id', 'o.name as org_name', 'o.kind as org_kind', 'm.added_at'])
    .where('m.community_id', '=', communityId)
    .orderBy('o.name')
    .execute();
}

/** Adds a member; false when it was one already. */
export async function insertCommunityMember(db: DbOrTrx, communityId: string, orgId: string, at: Date) {
  const row = await db
    .insertInto('community_members')
    .values({ community_id: communityId, org_id: orgId, added_at: at })
    .onConflict((oc) => oc.columns(['community_id', 'org_id']).doNothing())
    .returning('org_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteCommunityMember(db: DbOrTrx, communityId: string, orgId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('community_members')
    .where('community_id', '=', communityId)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Whom a community owner can add, by name: for an authority every organisation of the installation (its
 * constituency); for an entity only itself and the organisations it already shares a community with, so the
 * list is no directory of who else is on the platform. `onlyId` checks one organisation.
 */
export async function listOrganisationChoices(
  db: DbOrTrx,
  viewer: { orgId: string; kind: 'entity' | 'authority' },
  onlyId?: string,
) {
  let q = db.selectFrom('organisations as o').select(['o.id', 'o.name', 'o.kind']);
  if (viewer.kind !== 'authority') {
    q = q.where((eb) =>
      eb.or([
        eb('o.id', '=', viewer.orgId),
        eb.exists(
          eb
            .selectFrom('community_members as theirs')
            .innerJoin('community_members as mine', 'mine.community_id', 'theirs.community_id')
            .whereRef('theirs.org_id', '=', 'o.id')
            .where('mine.org_id', '=', viewer.orgId)
            .select('theirs.org_id'),
        ),
      ]),
    );
  }
  if (onlyId) q = q.where('o.id', '=', onlyId);
  return q.orderBy('o.name').execute();
}

/**
 * The people of a community's organisations (its owner and its members), by name and organisation: whom a
 * TLP:RED object can name. No e-mail addresses: a name is enough to choose.
 */
export async function listCommunityPeople(db: DbOrTrx, communityId: string) {
  return db
    .selectFrom('memberships as ms')
    .innerJoin('users as u', 'u.id', 'ms.user_id')
    .innerJoin('organisations as o', 'o.id', 'ms.org_id')
    .select(['u.id as user_id', 'u.name', 'o.name as org_name'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('community_members as m')
            .whereRef('m.org_id', '=', 'ms.org_id')
            .where('m.community_id', '=', communityId)
            .select('m.org_id'),
        ),
        eb.exists(
          eb
            .selectFrom('communities as c')
            .whereRef('c.owner_org_id', '=', 'ms.org_id')
            .where('c.id', '=', communityId)
            .select('c.id'),
        ),
      ]),
    )
    .distinctOn(['o.name', 'u.name', 'u.id'])
    .orderBy('o.name')
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}
