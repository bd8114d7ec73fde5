import { createHash } from 'node:crypto';
import { normaliseMediaType, sanitiseFileName } from '@weerbaar/core/incidents';
import type { MeasureEvidence, RequirementId } from '@weerbaar/core/measures';
import { invalidField } from '@weerbaar/core/platform';
import { insertEvidence } from '../../repositories/measure.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import type { AttachmentUpload } from '../incidents/upload-incident-attachment.ts';
import { presentEvidence } from './measure.presenter.ts';
import { adoptedRequirement } from './measure-state.ts';

/**
 * Stores an evidence file for a requirement with its SHA-256, the same way and under the same size
 * limit as incident attachments (the route reads it with readUpload and config.attachmentMaxBytes).
 */
export const addMeasureEvidence = defineUseCase({
  actions: ['measure.evidence-added'],
  async run(
    { trx, record },
    ctx: OrgActor,
    { requirementId, upload }: { requirementId: RequirementId; upload: AttachmentUpload },
  ): Promise<MeasureEvidence> {
    authorize(ctx, 'write', { type: 'measure', orgId: ctx.orgId }, 'Measure');
    const fileName = sanitiseFileName(upload.fileName ?? '');
    if (fileName === '')
      throw invalidField('body.file', 'has no file name (the filename of the part is missing)', 'file_missing');
    if (upload.content.length === 0) throw invalidField('body.file', 'is empty', 'file_empty');
    await adoptedRequirement(trx, ctx.orgId, requirementId);
    const sha256 = createHash('sha256').update(upload.content).digest('hex');
    const row = await insertEvidence(trx, {
      org_id: ctx.orgId,
      requirement_id: requirementId,
      file_name: fileName,
      media_type: normaliseMediaType(upload.mediaType),
      size_bytes: upload.content.length,
      sha256,
      content: upload.content,
      uploaded_by: ctx.actor.label,
    });
    const evidence = presentEvidence(row);
    await record(
      'measure.evidence-added',
      { subjectType: 'measure', subjectId: requirementId, after: evidence },
      { requirementId, fileName: evidence.fileName, sizeBytes: evidence.sizeBytes, sha256: evidence.sha256 },
    );
    return evidence;
  },
});
