// Evidence files of measures: the same upload, limit, download headers and transfer cap as incident
// attachments (routes/incidents/attachment-http.ts, transfer-limit.ts, WEERBAAR_ATTACHMENT_MAX_BYTES).
import { IncidentAttachmentUploadSchema, SAFE_DOWNLOAD_MEDIA_TYPES } from '@weerbaar/core/incidents';
import {
  EvidenceParams,
  MeasureEvidenceListSchema,
  MeasureEvidenceSchema,
  RequirementParams,
} from '@weerbaar/core/measures';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addMeasureEvidence } from '../../services/measures/add-measure-evidence.ts';
import { listMeasureEvidence, openMeasureEvidence } from '../../services/measures/measure-queries.ts';
import { removeMeasureEvidence } from '../../services/measures/remove-measure-evidence.ts';
import {
  acceptUploads,
  readUpload,
  requireMultipart,
  sendAttachment,
  streamedBody,
  transferLimitOf,
} from '../incidents/attachment-http.ts';
import { NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Measures'];

export const measureEvidenceRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, config } = deps;
  await acceptUploads(app);
  const transfers = transferLimitOf(app);

  app.get(
    '/api/v1/measures/:requirementId/evidence',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Evidence files of a requirement (metadata only: name, size, SHA-256, who and when)',
        params: RequirementParams,
        response: { 200: MeasureEvidenceListSchema },
      },
    },
    async (request) => ({
      items: await listMeasureEvidence(db, orgContext(request), request.params.requirementId),
      maxSizeBytes: config.attachmentMaxBytes,
    }),
  );

  app.post(
    '/api/v1/measures/:requirementId/evidence',
    {
      config: { access: 'measures:write' },
      validatorCompiler: streamedBody,
      schema: {
        tags,
        summary:
          'Upload an evidence file (multipart/form-data, one part "file"); the limit of incident attachments holds (413)',
        consumes: ['multipart/form-data'],
        params: RequirementParams,
        body: IncidentAttachmentUploadSchema,
        response: {
          201: MeasureEvidenceSchema,
          413: problem(
            'The file is larger than the limit (WEERBAAR_ATTACHMENT_MAX_BYTES), or the form has too many fields',
          ),
          415: problem('The body is not multipart/form-data'),
        },
      },
    },
    async (request, reply) => {
      let release: (() => void) | undefined;
      try {
        requireMultipart(request);
        release = await transfers.acquire();
        const upload = await readUpload(request, config.attachmentMaxBytes);
        return reply.status(201).send(
          await addMeasureEvidence(deps, orgContext(request), {
            requirementId: request.params.requirementId,
            upload,
          }),
        );
      } finally {
        release?.();
      }
    },
  );

  app.get(
    '/api/v1/measures/:requirementId/evidence/:evidenceId/content',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Download an evidence file as uploaded (Content-Disposition: attachment; Repr-Digest: SHA-256)',
        params: EvidenceParams,
        produces: ['application/octet-stream', ...SAFE_DOWNLOAD_MEDIA_TYPES],
        response: { 200: z.string().meta({ format: 'binary' }).describe('The file, byte for byte') },
      },
    },
    async (request, reply) => {
      const release = await transfers.acquire();
      try {
        const { evidence, content } = await openMeasureEvidence(
          db,
          orgContext(request),
          request.params.requirementId,
          request.params.evidenceId,
        );
        return sendAttachment(reply, evidence, content, release);
      } catch (error) {
        release();
        throw error;
      }
    },
  );

  app.delete(
    '/api/v1/measures/:requirementId/evidence/:evidenceId',
    {
      config: { access: 'measures:write' },
      schema: {
        tags,
        summary: 'Remove an evidence file (audited with its SHA-256)',
        params: EvidenceParams,
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await removeMeasureEvidence(deps, orgContext(request), request.params);
      return reply.status(204).send(null);
    },
  );
};
