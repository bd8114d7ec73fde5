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
  findAttachmentContent,
  insertAttachment,
  listAttachments,
} from '../../repositories/incident-attachment.repository.ts';
import type { OrgActor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
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
      after: attachment,
      details: { ...attachment },
    });
    return attachment;
  });
}

export async function getIncidentAttachmentContent(
  db: Db,
  { orgId }: OrgActor,
  incidentId: string,
  attachmentId: string,
): Promise<{ attachment: IncidentAttachment; content: Buffer }> {
  const row = await findAttachmentContent(db, orgId, incidentId, attachmentId);
  if (!row) throw notFound('Attachment');
  return { attachment: presentAttachment(row), content: row.content };
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
      before,
      // The before-state in full: what was removed stays traceable by name, size and digest.
      details: { ...before },
    });
  });
}
