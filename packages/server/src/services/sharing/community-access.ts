import { DomainError, notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import type { CommunityRow } from '../../db/schema-sharing.ts';
import { findCommunityOf } from '../../repositories/community.repository.ts';

/** The community, if the organisation owns it or is a member; "not found" otherwise (existence does not leak). */
export async function communityOf(db: DbOrTrx, orgId: string, communityId: string): Promise<CommunityRow> {
  const community = await findCommunityOf(db, orgId, communityId);
  if (!community) throw notFound('Community');
  return community;
}

/** The community, if the organisation owns it: only owners manage members. */
export async function ownedCommunity(db: DbOrTrx, orgId: string, communityId: string): Promise<CommunityRow> {
  const community = await communityOf(db, orgId, communityId);
  if (community.owner_org_id !== orgId) throw new DomainError('forbidden', 'Only the owner of a community manages it');
  return community;
}
