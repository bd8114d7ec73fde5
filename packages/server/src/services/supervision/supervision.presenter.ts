// What leaves the server of supervision: explicit allow-lists typed by core's contracts.
import {
  isFindingOverdue,
  isRequestOverdue,
  LEGAL_BASES,
  sectorAuthorityDefault,
  type Finding,
  type InformationRequest,
  type InformationRequestSummary,
  type PulledFinding,
  type PulledRequestUpdate,
  type PulledSupervisionRequest,
  type RequestDocument,
  type RequestMessage,
  type SectorAuthority,
} from '@weerbaar/core/supervision';
import type {
  SectorAuthorityRow,
  SupervisionRequestDocumentRow,
  SupervisionRequestMessageRow,
} from '../../db/schema-supervision.ts';
import type { FindingWithNames, RequestWithNames } from '../../repositories/supervision.repository.ts';

export function presentSectorAuthority(sector: string, override: SectorAuthorityRow | undefined): SectorAuthority {
  const d = sectorAuthorityDefault(sector);
  const competentAuthority = override?.competent_authority ?? d?.competentAuthority ?? null;
  return {
    sector,
    competentAuthority,
    competentAuthoritySource: override?.competent_authority ? null : (d?.competentAuthoritySource ?? null),
    supervisor: override?.supervisor ?? d?.supervisor ?? null,
    origin: override ? 'configured' : 'default',
    supervisorConfirmed: override?.supervisor ? true : (d?.supervisorConfirmed ?? false),
  };
}

export function presentRequestSummary(r: RequestWithNames, now: Date): InformationRequestSummary {
  return {
    id: r.id,
    entityId: r.entity_org_id,
    entityName: r.entity_name,
    supervisorName: r.supervisor_name,
    subject: r.subject,
    legalBasis: r.legal_basis,
    status: r.status,
    dueOn: r.due_on,
    overdue: isRequestOverdue({ status: r.status, dueOn: r.due_on }, now),
    sentAt: r.sent_at.toISOString(),
  };
}

export function presentMessage(m: SupervisionRequestMessageRow): RequestMessage {
  return { id: m.id, kind: m.kind, text: m.text, dueOn: m.due_on, by: m.by_label, at: m.at.toISOString() };
}

export function presentDocument(d: SupervisionRequestDocumentRow): RequestDocument {
  return {
    id: d.id,
    kind: d.kind,
    fileName: d.file_name,
    mediaType: d.media_type,
    sizeBytes: d.size_bytes,
    sha256: d.sha256,
    answerId: d.answer_id,
    addedAt: d.added_at.toISOString(),
  };
}

export function presentRequest(
  r: RequestWithNames,
  messages: readonly SupervisionRequestMessageRow[],
  documents: readonly SupervisionRequestDocumentRow[],
  now: Date,
): InformationRequest {
  return {
    ...presentRequestSummary(r, now),
    question: r.question,
    legalBasisCitation: LEGAL_BASES[r.legal_basis],
    indication: r.indication,
    asksMeasuresDossier: r.asks_measures_dossier,
    sentBy: r.sent_by,
    remote: r.remote_entity_name === null ? null : { deliveredAt: r.delivered_at?.toISOString() ?? null },
    messages: messages.map(presentMessage),
    documents: documents.map(presentDocument),
  };
}

export function presentFinding(f: FindingWithNames, now: Date): Finding {
  return {
    id: f.id,
    entityId: f.entity_org_id,
    entityName: f.entity_name,
    supervisorName: f.supervisor_name,
    observation: f.observation,
    severity: f.severity,
    followUpDueOn: f.follow_up_due_on,
    status: f.status,
    followUpNote: f.follow_up_note,
    overdue: isFindingOverdue({ status: f.status, followUpDueOn: f.follow_up_due_on }, now),
    requestId: f.request_id,
    recordedAt: f.recorded_at.toISOString(),
    recordedBy: f.recorded_by,
  };
}

/** The request as it travels to the entity's installation (the pull answer): what its copy needs, no more. */
export function presentPulledRequest(row: RequestWithNames): PulledSupervisionRequest {
  return {
    id: row.id,
    supervisorName: row.supervisor_name,
    subject: row.subject,
    question: row.question,
    legalBasis: row.legal_basis,
    indication: row.indication,
    dueOn: row.due_on,
    asksMeasuresDossier: row.asks_measures_dossier,
    sentBy: row.sent_by,
    sentAt: row.sent_at.toISOString(),
  };
}

/** A later step on a pulled request as it travels (more asked with its new period, or accepted). */
export function presentPulledStep(row: SupervisionRequestMessageRow): PulledRequestUpdate {
  if (row.kind === 'answer') throw new Error("an answer is the entity's own and never travels back to it");
  return {
    id: row.id,
    requestId: row.request_id,
    step: row.kind,
    note: row.text,
    dueOn: row.due_on,
    at: row.at.toISOString(),
    by: row.by_label,
  };
}

/** A finding as it travels to the entity's installation: the whole of it, as this version stands. */
export function presentPulledFinding(f: FindingWithNames): PulledFinding {
  return {
    id: f.id,
    versionId: f.version_id,
    supervisorName: f.supervisor_name,
    requestId: f.request_id,
    observation: f.observation,
    severity: f.severity,
    followUpDueOn: f.follow_up_due_on,
    status: f.status,
    followUpNote: f.follow_up_note,
    recordedBy: f.recorded_by,
    recordedAt: f.recorded_at.toISOString(),
    updatedAt: f.updated_at.toISOString(),
  };
}
