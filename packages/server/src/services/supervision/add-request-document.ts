import { createHash } from 'node:crypto';
import { normaliseMediaType, sanitiseFileName } from '@weerbaar/core/incidents';
import { DomainError, invalidField, notFound } from '@weerbaar/core/platform';
import { canTakeStep, type RequestDocument } from '@weerbaar/core/supervision';
import { insertDocument, lockRequest } from '../../repositories/supervision.repository.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import { authorize } from '../../kernel/authorize.ts';
import { defineUseCase } from '../../kernel/use-case.ts';
import type { AttachmentUpload } from '../incidents/upload-incident-attachment.ts';
import { supervisionSubject } from './supervision-guards.ts';
import { presentDocument } from './supervision.presenter.ts';

/**
 * The entity adds a document to the answer it is preparing (the attachments' storage: bytes with their
 * SHA-256, checked by the database). It goes to the supervisor with the next answer (answer-information-request.ts).
 */
export const addRequestDocument = defineUseCase({
  actions: ['supervision.request-document-added'],
  async run(
    { trx, now, record },
    ctx: OrgActor,
    { requestId, upload }: { requestId: string; upload: AttachmentUpload },
  ): Promise<RequestDocument> {
    const fileName = sanitiseFileName(upload.fileName ?? '');
    if (fileName === '') throw invalidField('body.file', 'has no file name', 'file_missing');
    if (upload.content.length === 0) throw invalidField('body.file', 'is empty', 'file_empty');
    const request = await lockRequest(trx, { entityOrgId: ctx.orgId }, requestId);
    if (!request) throw notFound('Information request');
    authorize(ctx, 'answer', supervisionSubject(request.org_id, request.entity_org_id, true), 'Information request');
    if (!canTakeStep(request.status, 'answer')) {
      throw new DomainError('conflict', `The request is ${request.status}: no answer is owed now`);
    }
    const row = await insertDocument(trx, {
      org_id: request.org_id,
      request_id: request.id,
      answer_id: null,
      kind: 'upload',
      file_name: fileName,
      media_type: normaliseMediaType(upload.mediaType),
      size_bytes: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content,
      added_by: ctx.actor.label,
      added_at: now,
    });
    const document = presentDocument(row);
    await record(
      'supervision.request-document-added',
      {
        subjectType: 'supervision-request',
        subjectId: request.id,
        after: { fileName: document.fileName, sizeBytes: document.sizeBytes, sha256: document.sha256 },
      },
      { requestId: request.id, documentId: document.id },
    );
    return document;
  },
});
