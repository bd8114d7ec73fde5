// Table types of sharing: communities, STIX objects, recipients, TAXII statuses
// (migration 20261208_0500_sharing_stix_taxii).
import type { Generated, GeneratedAlways, Selectable } from 'kysely';
import type { DefaultTimestamp, Timestamp } from './column-types.ts';

export interface CommunitiesTable {
  id: Generated<string>;
  owner_org_id: string;
  name: string;
  kind: 'all-entities' | 'sector' | 'authority-only' | 'ad-hoc';
  sector: string | null;
  description: string | null;
  created_at: DefaultTimestamp;
}
export type CommunityRow = Selectable<CommunitiesTable>;

export interface CommunityMembersTable {
  community_id: string;
  org_id: string;
  added_at: DefaultTimestamp;
}

export interface StixObjectsTable {
  community_id: string;
  id: string;
  modified: string;
  modified_at: Timestamp;
  type: string;
  spec_version: string;
  owner_org_id: string;
  tlp: 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER+STRICT' | 'RED';
  title: string;
  /** json (not jsonb): written as text, read as text with object::text. */
  object: string;
  date_added: Timestamp;
  seq: GeneratedAlways<string>;
}
export type StixObjectRow = Selectable<StixObjectsTable>;

export interface StixObjectRecipientsTable {
  id: Generated<string>;
  community_id: string;
  object_id: string;
  org_id: string | null;
  user_id: string | null;
  passed_on_by: string | null;
  added_at: DefaultTimestamp;
}

export interface TaxiiStatusesTable {
  org_id: string;
  id: string;
  community_id: string;
  request_timestamp: Timestamp;
  status: unknown;
}

export interface SharingTables {
  communities: CommunitiesTable;
  community_members: CommunityMembersTable;
  stix_objects: StixObjectsTable;
  stix_object_recipients: StixObjectRecipientsTable;
  taxii_statuses: TaxiiStatusesTable;
}
