import { DomainError, notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import type { CommunityRow } from '../../db/schema-sharing.ts';
import { findCommunity, isCommunityMember } from '../../repositories/community.repository.ts';

/** The community, if the organisation owns it or is a member; "not found" otherwise (existence does not leak). */
export async function communityOf(db: DbOrTrx, orgId: string, communityId: string): Promise<CommunityRow> {
  const community = await findCommunity(db, communityId);
  if (!community) throw notFound('Community');
  if (community.owner_org_id === orgId || (await isCommunityMember(db, communityId, orgId))) return community;
  throw notFound('Community');
}

/** The community, if the organisation owns it: only owners manage members. */
export async function ownedCommunity(db: DbOrTrx, orgId: string, communityId: string): Promise<CommunityRow> {
  const community = await communityOf(db, orgId, communityId);
  if (community.owner_org_id !== orgId) throw new DomainError('forbidden', 'Only the owner of a community manages it');
  return community;
}
