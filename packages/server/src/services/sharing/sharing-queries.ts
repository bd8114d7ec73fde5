// Reads of the sharing area. Every read of shared objects goes through the one SQL filter
// (repositories/shared-visibility.ts, built from core's mayRead rule).
import type { SharedObjectQuery } from '@weerbaar/core/sharing';
import type { DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import {
  listCommunitiesOf,
  listCommunityMembers,
  listCommunityPeople,
  listOrganisationChoices,
} from '../../repositories/community.repository.ts';
import type { SqlViewer } from '../../repositories/shared-visibility.ts';
import {
  exportVisibleObjects,
  findTaxiiStatus,
  listVisibleObjects,
  pageStixObjects,
  type StixPageFilter,
} from '../../repositories/stix-object.repository.ts';
import { communityOf } from './community-access.ts';

export type { VersionMatch } from '../../repositories/stix-object.repository.ts';
import { presentCommunity, presentMember, presentSharedObject } from './sharing.presenter.ts';

/** The viewer of the visibility rule: RED reaches named people, so a machine token never reads RED. */
export function viewerOf(ctx: OrgActor): SqlViewer {
  return { orgId: ctx.orgId, userId: ctx.actor.type === 'user' ? ctx.actor.userId : null };
}

export const PUBLIC_VIEWER: SqlViewer = { orgId: null, userId: null };

export async function listMyCommunities(db: DbOrTrx, ctx: OrgActor) {
  return (await listCommunitiesOf(db, ctx.orgId)).map((r) => presentCommunity(r, ctx.orgId));
}

export async function getMyCommunity(db: DbOrTrx, ctx: OrgActor, communityId: string) {
  await communityOf(db, ctx.orgId, communityId);
  const [row] = await listCommunitiesOf(db, ctx.orgId, communityId);
  return presentCommunity(row!, ctx.orgId);
}

export async function listMembersOf(db: DbOrTrx, ctx: OrgActor, communityId: string) {
  await communityOf(db, ctx.orgId, communityId);
  return (await listCommunityMembers(db, communityId)).map(presentMember);
}

/** The people of a community's organisations, for the named recipients of TLP:RED (members only). */
export async function listPeopleOf(db: DbOrTrx, ctx: OrgActor, communityId: string) {
  await communityOf(db, ctx.orgId, communityId);
  return (await listCommunityPeople(db, communityId)).map((p) => ({
    userId: p.user_id,
    name: p.name,
    orgName: p.org_name,
  }));
}

export async function organisationChoices(db: DbOrTrx, ctx: OrgActor) {
  return listOrganisationChoices(db, { orgId: ctx.orgId, kind: ctx.orgKind });
}

export async function listSharedObjects(db: DbOrTrx, ctx: OrgActor, q: SharedObjectQuery) {
  return (await listVisibleObjects(db, viewerOf(ctx), q)).map((r) => presentSharedObject(r, ctx.orgId));
}

/** TLP:CLEAR objects for the public page without sign-in. */
export async function listPublicObjects(db: DbOrTrx, q: SharedObjectQuery) {
  return (await listVisibleObjects(db, PUBLIC_VIEWER, q)).map((r) => presentSharedObject(r, null));
}

/** A STIX bundle of what the viewer may read of a community (latest versions), as JSON text. */
export async function exportCommunityBundle(db: DbOrTrx, ctx: OrgActor, communityId: string, bundleId: string) {
  await communityOf(db, ctx.orgId, communityId);
  const objects = await exportVisibleObjects(db, viewerOf(ctx), communityId);
  return `{"type":"bundle","id":${JSON.stringify(bundleId)},"objects":[${objects.join(',')}]}`;
}

export async function taxiiCollections(db: DbOrTrx, ctx: OrgActor, communityId?: string) {
  return listCommunitiesOf(db, ctx.orgId, communityId);
}

export async function taxiiPage(db: DbOrTrx, ctx: OrgActor, filter: StixPageFilter, withObject = true) {
  await communityOf(db, ctx.orgId, filter.communityId);
  const rows = await pageStixObjects(db, viewerOf(ctx), filter, withObject);
  const more = rows.length > filter.limit;
  return { rows: more ? rows.slice(0, filter.limit) : rows, more };
}

export async function taxiiStatus(db: DbOrTrx, ctx: OrgActor, id: string) {
  return findTaxiiStatus(db, ctx.orgId, id);
}
