import type { Community, CommunityMember, SharedObject } from '@weerbaar/core/sharing';
import type { CommunityListRow } from '../../repositories/community.repository.ts';
import type { listVisibleObjects } from '../../repositories/stix-object.repository.ts';

export function presentCommunity(row: CommunityListRow, orgId: string | null): Community {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    sector: row.sector,
    description: row.description,
    ownerOrgId: row.owner_org_id,
    ownerOrgName: row.owner_org_name,
    owned: row.owner_org_id === orgId,
    memberCount: Number(row.member_count),
    createdAt: row.created_at.toISOString(),
  };
}

export function presentMember(row: {
  org_id: string;
  org_name: string;
  org_kind: 'entity' | 'authority';
  added_at: Date;
}): CommunityMember {
  return { orgId: row.org_id, orgName: row.org_name, orgKind: row.org_kind, addedAt: row.added_at.toISOString() };
}

type VisibleRow = Awaited<ReturnType<typeof listVisibleObjects>>[number];

export function presentSharedObject(row: VisibleRow, orgId: string | null): SharedObject {
  return {
    communityId: row.community_id,
    communityName: row.community_name,
    id: row.id,
    type: row.type,
    title: row.title,
    tlp: row.tlp,
    modified: row.modified,
    dateAdded: row.date_added.toISOString(),
    ownerOrgName: row.owner_org_name,
    own: row.owner_org_id === orgId,
  };
}
