// Row types of the database, as Kysely sees them. Kept by hand next to the migrations:
// a column added in a migration is added here in the same commit.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { ScopeTables } from './schema-scope.ts';
import type { DeliveryTables } from './schema-delivery.ts';
import type { IncidentTables } from './schema-incidents.ts';
import type { AttachmentTables } from './schema-attachments.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface OrganisationsTable {
  id: Generated<string>;
  kind: 'entity' | 'authority';
  name: string;
  kvk_number: string | null;
  sector: string | null;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  locale: Generated<'nl' | 'en'>;
  mfa_secret: string | null;
  mfa_enabled: Generated<boolean>;
  mfa_pending_secret: string | null;
  // The last accepted TOTP time step: a code is never accepted twice (replay).
  mfa_last_step: ColumnType<string | null, number | null | undefined, number | null>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  created_at: Timestamp;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: string;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  active_org_id: string | null;
  mfa_pending: boolean;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  org_id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  role: string;
  token_hash: string;
  prefix: string;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  /** The sender (an entity's organisation id) this token delivers submissions for; null until bound. */
  sender_org_id: string | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface AuditEventsTable {
  org_id: string;
  seq: ColumnType<string, string | number, never>; // bigint arrives as string from pg
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  before_digest: string | null;
  after_digest: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  org_id: string;
  seq: ColumnType<string, string | number, string | number>;
  hash: string;
}

export interface JobsTable {
  id: Generated<string>;
  /** The nil UUID for platform jobs (no tenant). */
  org_id: Generated<string>;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  dedupe_key: string | null;
  run_at: Timestamp;
  status: Generated<'pending' | 'running' | 'done' | 'failed'>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
  /** While running: the claim holds until then; after it, another worker may claim the job again. */
  locked_until: NullableTimestamp;
}

export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  body: string;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

// Each module declares its tables in its own file (schema-<area>.ts) and is added to the
// `extends` list below, so modules never edit each other's table types.
export interface Database extends PlatformTables, ScopeTables, DeliveryTables, IncidentTables, AttachmentTables {}

export interface PlatformTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  api_tokens: ApiTokensTable;
  password_resets: PasswordResetsTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  jobs: JobsTable;
  mail_outbox: MailOutboxTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type JobRow = Selectable<JobsTable>;
