// Table types of requests for information and crisis communication (migration 20261210_0200_crisis_requests).
import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { NullableTimestamp, Timestamp } from './column-types.ts';

type Json = ColumnType<Record<string, unknown>, string, string>;
type Kind = 'information-request' | 'crisis-message';
type Tlp = 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER+STRICT';

export interface CrisisRequestsTable {
  org_id: string;
  id: string;
  kind: Kind;
  crisis_id: string | null;
  subject: string;
  body: string;
  tlp: Tlp;
  due_at: NullableTimestamp;
  exercise: Generated<boolean>;
  content_digest: string;
  sent_by: string;
  sent_at: Timestamp;
}
export type CrisisRequestRow = Selectable<CrisisRequestsTable>;

export interface CrisisRequestRecipientsTable {
  org_id: string;
  request_id: string;
  entity_id: string;
  entity_name: string;
  message_id: string;
  delivered_at: NullableTimestamp;
  read_at: NullableTimestamp;
  answered_at: NullableTimestamp;
  answer: Json | null;
  answer_submission_id: string | null;
}
export type CrisisRequestRecipientRow = Selectable<CrisisRequestRecipientsTable>;

export interface AuthorityMessagesTable {
  org_id: string;
  id: string;
  recipient: SubmissionRecipient;
  request_id: string;
  kind: Kind;
  authority_name: string;
  subject: string;
  body: string;
  tlp: Tlp;
  due_at: NullableTimestamp;
  sent_at: Timestamp;
  exercise: boolean;
  received_at: Timestamp;
  delivered_reported: Generated<boolean>;
  read_at: NullableTimestamp;
  read_reported: Generated<boolean>;
  answered_at: NullableTimestamp;
  answer: Json | null;
  answer_submission_id: string | null;
}
export type AuthorityMessageRow = Selectable<AuthorityMessagesTable>;

export interface AuthorityMessagePullsTable {
  org_id: string;
  recipient: SubmissionRecipient;
  round: Generated<number>;
  last_pulled_at: NullableTimestamp;
  last_error: string | null;
}

export interface CrisisRequestTables {
  crisis_requests: CrisisRequestsTable;
  crisis_request_recipients: CrisisRequestRecipientsTable;
  authority_messages: AuthorityMessagesTable;
  authority_message_pulls: AuthorityMessagePullsTable;
}
