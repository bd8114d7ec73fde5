import { createHash } from 'node:crypto';
import { normaliseMediaType, sanitiseFileName, type IncidentAttachment } from '@weerbaar/core/incidents';
import { invalidField } from '@weerbaar/core/platform';
import { insertAttachment } from '../../repositories/incident-attachment.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import { auditedAttachment, presentAttachment } from './incident-activity.presenter.ts';
import { lockIncidentFor } from './incident-guards.ts';

export interface AttachmentUpload {
  /** As the client sent it; sanitised here. */
  fileName: string | undefined;
  mediaType: string | undefined;
  content: Buffer;
}

/** Stores an evidence file with its SHA-256; the size limit is enforced while it is read (route). */
export const uploadIncidentAttachment = defineUseCase({
  actions: ['incident.attachment-added'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { incidentId, upload }: { incidentId: string; upload: AttachmentUpload },
  ): Promise<IncidentAttachment> {
    const fileName = sanitiseFileName(upload.fileName ?? '');
    if (fileName === '')
      throw invalidField('body.file', 'has no file name (the filename of the part is missing)', 'file_missing');
    if (upload.content.length === 0) throw invalidField('body.file', 'is empty', 'file_empty');
    const sha256 = createHash('sha256').update(upload.content).digest('hex');
    await lockIncidentFor(trx, ctx, incidentId);
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
    await record(
      'incident.attachment-added',
      {
        subjectType: 'incident',
        subjectId: incidentId,
        after: auditedAttachment(attachment),
        details: auditedAttachment(attachment),
      },
      { incidentId, fileName: attachment.fileName, sizeBytes: attachment.sizeBytes, sha256: attachment.sha256 },
    );
    return attachment;
  },
});
