import { createHash } from 'node:crypto';
import {
  canRemoveAttachment,
  IncidentStatusSchema,
  normaliseMediaType,
  sanitiseFileName,
  type IncidentAttachment,
} from '@weerbaar/core/incidents';
import { DomainError, invalidField, notFound } from '@weerbaar/core/platform';
import type { Db } from '../../db/database.ts';
import type { IncidentAttachmentRow } from '../../db/schema-attachments.ts';
import {
  deleteAttachment,
  findAttachment,
  insertAttachment,
  listAttachments,
  readAttachmentChunk,
} from '../../repositories/incident-attachment.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { recordAuditEvent } from '../../kernel/record-audit-event.ts';
import { requireIncident } from './incident-guards.ts';
import { addTimelineEntry } from './incident-timeline.ts';

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

const attachmentLabel = (a: IncidentAttachment) =>
  `${a.fileName} (${a.sizeBytes} bytes, SHA-256 ${a.sha256.slice(0, 12)}…)`;

/**
 * What the audit chain keeps of a file: no name. Audit events are append-only and hash-chained, so a
 * name such as "paspoort-J-de-Vries.jpg" could never be erased from them, while removing a file exists
 * precisely for data minimisation (GDPR/AVG Art. 5(1)(c), Art. 17). The SHA-256 still proves which file
 * was added or removed; the name stays on the incident timeline (docs/INCIDENTS.md, "Attachments").
 */
export function auditedAttachment(a: IncidentAttachment) {
  return { id: a.id, mediaType: a.mediaType, sizeBytes: a.sizeBytes, sha256: a.sha256 };
}

export async function listIncidentAttachments(
  db: Db,
  { orgId }: OrgActor,
  incidentId: string,
): Promise<IncidentAttachment[]> {
  await requireIncident(db, orgId, incidentId);
  return (await listAttachments(db, orgId, incidentId)).map(presentAttachment);
}

export interface AttachmentUpload {
  /** As the client sent it; sanitised here. */
  fileName: string | undefined;
  mediaType: string | undefined;
  content: Buffer;
}

/** Stores an evidence file with its SHA-256; the size limit is enforced while it is read (route). */
export async function uploadIncidentAttachment(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  upload: AttachmentUpload,
): Promise<IncidentAttachment> {
  const fileName = sanitiseFileName(upload.fileName ?? '');
  if (fileName === '') throw invalidField('body.file', 'has no file name (the filename of the part is missing)');
  if (upload.content.length === 0) throw invalidField('body.file', 'is empty');
  const sha256 = createHash('sha256').update(upload.content).digest('hex');
  return db.transaction().execute(async (trx) => {
    await requireIncident(trx, ctx.orgId, incidentId, { lock: true });
    const row = await insertAttachment(trx, {
      org_id: ctx.orgId,
      incident_id: incidentId,
      file_name: fileName,
      media_type: normaliseMediaType(upload.mediaType),
      size_bytes: upload.content.length,
      sha256,
      content: upload.content,
      uploaded_by: ctx.actor.label,
    });
    const attachment = presentAttachment(row);
    await addTimelineEntry(trx, ctx.orgId, incidentId, {
      kind: 'attachment_added',
      summary: `Bijlage toegevoegd: ${attachmentLabel(attachment)}`,
      actorLabel: ctx.actor.label,
    });
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident.attachment-added',
      subjectType: 'incident',
      subjectId: incidentId,
      after: auditedAttachment(attachment),
      details: auditedAttachment(attachment),
    });
    return attachment;
  });
}

/** A download reads the stored bytes this many at a time (one query per slice). */
export const ATTACHMENT_CHUNK_BYTES = 1024 * 1024;

/**
 * The metadata of a file and its content as slices of at most chunkBytes, so a download never holds
 * more than a slice or two (see readAttachmentChunk). The first slice is read here, so a file removed
 * just now is a plain 404 before any header goes out. Each further slice is a query of its own, without
 * a transaction held open for a slow client: stored files are never changed (the database refuses
 * UPDATE), so the only thing that can happen between slices is removal, and then the transfer is cut off.
 */
export async function openIncidentAttachment(
  db: Db,
  { orgId }: OrgActor,
  incidentId: string,
  attachmentId: string,
  chunkBytes = ATTACHMENT_CHUNK_BYTES,
): Promise<{ attachment: IncidentAttachment; content: AsyncIterable<Buffer> }> {
  const row = await findAttachment(db, orgId, incidentId, attachmentId);
  if (!row) throw notFound('Attachment');
  const size = row.size_bytes;
  const slice = async (offset: number) => {
    const length = Math.min(chunkBytes, size - offset);
    const chunk = await readAttachmentChunk(db, orgId, incidentId, attachmentId, offset, length);
    if (chunk?.length !== length) throw notFound('Attachment');
    return chunk;
  };
  const first = await slice(0);
  async function* content(): AsyncGenerator<Buffer> {
    yield first;
    for (let offset = chunkBytes; offset < size; offset += chunkBytes) yield await slice(offset);
  }
  return { attachment: presentAttachment(row), content: content() };
}

/** Removes an evidence file while the incident is open (core canRemoveAttachment); audited with its digest. */
export async function removeIncidentAttachment(
  db: Db,
  ctx: OrgActor,
  incidentId: string,
  attachmentId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const incident = await requireIncident(trx, ctx.orgId, incidentId, { lock: true });
    const row = await findAttachment(trx, ctx.orgId, incidentId, attachmentId);
    if (!row) throw notFound('Attachment');
    if (!canRemoveAttachment(IncidentStatusSchema.parse(incident.status))) {
      throw new DomainError(
        'precondition_failed',
        'The incident is closed: its evidence can no longer be removed. Reopen the incident first.',
      );
    }
    const before = presentAttachment(row);
    await deleteAttachment(trx, ctx.orgId, attachmentId);
    await addTimelineEntry(trx, ctx.orgId, incidentId, {
      kind: 'attachment_removed',
      summary: `Bijlage verwijderd: ${attachmentLabel(before)}`,
      actorLabel: ctx.actor.label,
    });
    await recordAuditEvent(trx, ctx.actor, {
      orgId: ctx.orgId,
      action: 'incident.attachment-removed',
      subjectType: 'incident',
      subjectId: incidentId,
      // What was removed stays provable by its digest and size; its name is deliberately left out.
      before: auditedAttachment(before),
      details: auditedAttachment(before),
    });
  });
}
