// Table types of delivery, registration and the registry (migration 20261122_1020_delivery).
import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Timestamp, DefaultTimestamp, NullableTimestamp } from './column-types.ts';

type Json = ColumnType<Record<string, unknown>, string, string>;

export interface SubmissionsOutboxTable {
  org_id: string;
  id: string;
  /** One entry per recipient of the submission (migration 20261207_1110_report_recipients). */
  recipient: Generated<SubmissionRecipient>;
  kind: string;
  subject_id: string;
  payload: Json;
  payload_digest: string;
  audit_hash: string | null;
  submitted_at: Timestamp;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  /** Why the authority refused it for good (status failed). */
  failure: string | null;
  authority_reference: string | null;
  received_at: NullableTimestamp;
  receipt_key_id: string | null;
  receipt_signature: string | null;
  receipt_verified: boolean | null;
  delivered_at: NullableTimestamp;
  created_at: DefaultTimestamp;
  /** Who the entry was addressed to (migration 20261210_0500_authority_delivery); null before. */
  addressee: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
}

export interface DeliveryTargetsTable {
  org_id: string;
  recipient: Generated<SubmissionRecipient>;
  authority_url: string;
  api_token_ciphertext: string | null;
  pinned_key_id: string | null;
  pinned_public_key: string | null;
  updated_at: DefaultTimestamp;
}

export interface SigningKeysTable {
  id: string;
  algorithm: 'Ed25519';
  public_key: string;
  private_key_ciphertext: string;
  created_at: DefaultTimestamp;
  retired_at: NullableTimestamp;
}

export interface ReceivedSubmissionsTable {
  org_id: string;
  id: string;
  kind: string;
  sender_org_id: string;
  sender_name: string;
  sender_kvk_number: string | null;
  submitted_at: Timestamp;
  payload: Json;
  payload_digest: string;
  audit_hash: string | null;
  authority_reference: string;
  received_at: Timestamp;
  key_id: string;
  signature: string;
  received_via: string;
}

export interface AuthorityReferenceCountersTable {
  org_id: string;
  prefix: string;
  year: number;
  last_value: number;
}

export interface RegistryEntitiesTable {
  org_id: string;
  entity_id: string;
  name: string;
  kvk_number: string | null;
  sectors: string[];
  entity_types: string[];
  classification_eu: string | null;
  classification_nl: string | null;
  province: string | null;
  latest_submission_id: string;
  latest_submitted_at: Timestamp;
  latest_received_at: Timestamp;
  latest_reference: string;
  first_received_at: Timestamp;
}

export interface RegistrationVersionsTable {
  org_id: string;
  id: Generated<string>;
  version: number;
  data: Json;
  digest: string;
  created_at: DefaultTimestamp;
  created_by: string;
}

export interface DeliveryTables {
  submissions_outbox: SubmissionsOutboxTable;
  delivery_targets: DeliveryTargetsTable;
  signing_keys: SigningKeysTable;
  received_submissions: ReceivedSubmissionsTable;
  authority_reference_counters: AuthorityReferenceCountersTable;
  registry_entities: RegistryEntitiesTable;
  registration_versions: RegistrationVersionsTable;
}

export type OutboxRow = Selectable<SubmissionsOutboxTable>;
export type DeliveryTargetRow = Selectable<DeliveryTargetsTable>;
export type ReceivedSubmissionRow = Selectable<ReceivedSubmissionsTable>;
export type RegistryEntityRow = Selectable<RegistryEntitiesTable>;
export type RegistrationVersionRow = Selectable<RegistrationVersionsTable>;
