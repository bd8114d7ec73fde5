// Table types of supervision (migration 20261209_0600_supervision).
import type { SubmissionRecipient } from '@weerbaar/core/delivery';
import type { Generated, Selectable } from 'kysely';
import type { DefaultTimestamp, NullableTimestamp } from './column-types.ts';

export interface AuthorityKindsTable {
  org_id: string;
  kind: 'competent-authority' | 'csirt' | 'supervisor';
}

/** The competent authorities (Cbw art. 15) an authority organisation acts for, by name. */
export interface AuthorityCompetentAuthoritiesTable {
  org_id: string;
  name: string;
}

export interface SupervisionSectorAuthoritiesTable {
  org_id: string;
  sector: string;
  competent_authority: string | null;
  supervisor: string | null;
  updated_at: DefaultTimestamp;
}
export type SectorAuthorityRow = Selectable<SupervisionSectorAuthoritiesTable>;

export interface SupervisionRequestsTable {
  org_id: string;
  id: Generated<string>;
  entity_org_id: string;
  subject: string;
  question: string;
  legal_basis: 'information' | 'documents' | 'evidence';
  indication: string | null;
  due_on: string;
  asks_measures_dossier: Generated<boolean>;
  status: Generated<'sent' | 'answered' | 'accepted' | 'more-asked'>;
  sent_by: string;
  sent_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  /** Supervisor side, entity on another installation (migration 20261211_0300): its name as the registry has it. */
  remote_entity_name: string | null;
  /** Supervisor side: when the entity installation confirmed it stored the request (pull channel). */
  delivered_at: NullableTimestamp;
  /** Entity side: a copy pulled over this delivery target; the answer goes back there. */
  pulled_from: SubmissionRecipient | null;
  supervisor_name: string | null;
  /** Entity side: whether the authority has been told the copy is stored (the next pull tells it). */
  delivered_reported: Generated<boolean>;
}
export type SupervisionRequestRow = Selectable<SupervisionRequestsTable>;

export interface SupervisionRequestMessagesTable {
  org_id: string;
  id: Generated<string>;
  request_id: string;
  seq: number;
  kind: 'answer' | 'more-asked' | 'accepted';
  text: string;
  due_on: string | null;
  by_label: string;
  at: DefaultTimestamp;
  /**
   * Supervisor side (migration 20261211_0500): when the entity installation confirmed it stored this step; null
   * while a step on a request to a remote entity waits in the pull. Set when written everywhere else.
   */
  delivered_at: NullableTimestamp;
  /** Entity side: a step pulled from the supervisor that the next pull still has to confirm. */
  delivered_reported: Generated<boolean>;
}
export type SupervisionRequestMessageRow = Selectable<SupervisionRequestMessagesTable>;

export interface SupervisionRequestDocumentsTable {
  org_id: string;
  id: Generated<string>;
  request_id: string;
  answer_id: string | null;
  kind: 'upload' | 'measures-dossier';
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  added_by: string;
  added_at: DefaultTimestamp;
}
export type SupervisionRequestDocumentRow = Omit<Selectable<SupervisionRequestDocumentsTable>, 'content'>;

export interface SupervisionFindingsTable {
  org_id: string;
  id: Generated<string>;
  entity_org_id: string;
  request_id: string | null;
  observation: string;
  severity: 'low' | 'medium' | 'high';
  follow_up_due_on: string;
  status: Generated<'open' | 'in-progress' | 'resolved'>;
  follow_up_note: Generated<string>;
  recorded_by: string;
  recorded_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  /** Supervisor side, entity on another installation (migration 20261211_0500): its name as the registry has it. */
  remote_entity_name: string | null;
  /** Each change is a new version; the entity installation confirms the version it stored. */
  version_id: Generated<string>;
  /** Supervisor side: when the entity installation confirmed it stored the current version. */
  delivered_at: NullableTimestamp;
  /** Entity side: a copy pulled over this delivery target. */
  pulled_from: SubmissionRecipient | null;
  supervisor_name: string | null;
  /** Entity side: whether the supervisor has been told the copy's version is stored. */
  delivered_reported: Generated<boolean>;
}
export type SupervisionFindingRow = Selectable<SupervisionFindingsTable>;

export interface SupervisionTables {
  authority_kinds: AuthorityKindsTable;
  authority_competent_authorities: AuthorityCompetentAuthoritiesTable;
  supervision_sector_authorities: SupervisionSectorAuthoritiesTable;
  supervision_requests: SupervisionRequestsTable;
  supervision_request_messages: SupervisionRequestMessagesTable;
  supervision_request_documents: SupervisionRequestDocumentsTable;
  supervision_findings: SupervisionFindingsTable;
}
