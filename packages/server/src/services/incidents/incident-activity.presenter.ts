// How the incident's activity (timeline, tasks, observables, recipient communications, attachments) is shown.
import type {
  IncidentAttachment,
  IncidentTask,
  Observable,
  ObservableType,
  RecipientCommunication,
  TimelineEntry,
} from '@weerbaar/core/incidents';
import type { IncidentAttachmentRow } from '../../db/schema-attachments.ts';
import type {
  IncidentTaskRow,
  ObservableRow,
  RecipientCommunicationRow,
  TimelineRow,
} from '../../db/schema-incidents.ts';

export function presentTimelineEntry(r: TimelineRow): TimelineEntry {
  return {
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
    kind: r.kind as TimelineEntry['kind'],
    summary: r.summary,
    actorLabel: r.actor_label,
    createdAt: r.created_at.toISOString(),
  };
}

export function presentTask(r: IncidentTaskRow): IncidentTask {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    assignee: r.assignee,
    dueAt: r.due_at?.toISOString() ?? null,
    doneAt: r.done_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

export function presentObservable(r: ObservableRow): Observable {
  return {
    id: r.id,
    type: r.type as ObservableType,
    value: r.value,
    description: r.description,
    createdAt: r.created_at.toISOString(),
  };
}

export function presentRecipientCommunication(r: RecipientCommunicationRow): RecipientCommunication {
  return {
    id: r.id,
    kind: r.kind as RecipientCommunication['kind'],
    communicatedAt: r.communicated_at.toISOString(),
    recipients: r.recipients,
    recipientCount: r.recipient_count,
    channel: r.channel as RecipientCommunication['channel'],
    message: r.message,
    recordedBy: r.recorded_by,
    createdAt: r.created_at.toISOString(),
  };
}

export function presentAttachment(r: IncidentAttachmentRow): IncidentAttachment {
  return {
    id: r.id,
    incidentId: r.incident_id,
    fileName: r.file_name,
    mediaType: r.media_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at.toISOString(),
  };
}

/**
 * What the audit chain keeps of a file: no name. Audit events are append-only and hash-chained, so a
 * name such as "paspoort-J-de-Vries.jpg" could never be erased from them, while removing a file exists
 * precisely for data minimisation (GDPR/AVG Art. 5(1)(c), Art. 17). The SHA-256 still proves which file
 * was added or removed; the name stays on the incident timeline (docs/INCIDENTS.md, "Attachments").
 */
export function auditedAttachment(a: IncidentAttachment) {
  return { id: a.id, mediaType: a.mediaType, sizeBytes: a.sizeBytes, sha256: a.sha256 };
}
