import {
  IncidentAttachmentListSchema,
  IncidentAttachmentSchema,
  IncidentAttachmentUploadSchema,
  SAFE_DOWNLOAD_MEDIA_TYPES,
} from '@weerbaar/core/incidents';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { listIncidentAttachments, openIncidentAttachment } from '../../services/incidents/incident-queries.ts';
import { removeIncidentAttachment } from '../../services/incidents/remove-incident-attachment.ts';
import { uploadIncidentAttachment } from '../../services/incidents/upload-incident-attachment.ts';
import { IdParams, NO_CONTENT, problem, type RouteDeps } from '../route-deps.ts';
import {
  acceptUploads,
  readUpload,
  requireMultipart,
  sendAttachment,
  streamedBody,
  transferLimitOf,
} from './attachment-http.ts';

const tags = ['Incidents'];
const attachmentParams = IdParams.extend({ attachmentId: z.uuid() });

export const incidentAttachmentRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, config } = deps;
  await acceptUploads(app);
  const transfers = transferLimitOf(app);

  app.get(
    '/api/v1/incidents/:id/attachments',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Evidence files of the incident (metadata only: name, size, SHA-256, who and when)',
        params: IdParams,
        response: { 200: IncidentAttachmentListSchema },
      },
    },
    async (request) => ({
      items: await listIncidentAttachments(db, orgContext(request), request.params.id),
      maxSizeBytes: config.attachmentMaxBytes,
    }),
  );

  app.post(
    '/api/v1/incidents/:id/attachments',
    {
      config: { access: 'incidents:write' },
      validatorCompiler: streamedBody,
      schema: {
        tags,
        summary:
          'Upload an evidence file (multipart/form-data, one part "file"); larger than the limit gives 413, ' +
          'any other body (JSON, application/octet-stream) 415 naming header.content-type',
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: IncidentAttachmentUploadSchema,
        response: {
          201: IncidentAttachmentSchema,
          413: problem(
            'The file is larger than the limit (WEERBAAR_ATTACHMENT_MAX_BYTES), or the form has too many fields',
          ),
          415: problem('The body is not multipart/form-data'),
        },
      },
    },
    async (request, reply) => {
      // Input first, as on every route (a malformed body is a 400 whatever the id); the limit bounds
      // what is read, and the service then finds the incident in its transaction. A body that is not
      // multipart is refused before it waits for a transfer slot; the slot is held until the buffered
      // file is stored or refused.
      let release: (() => void) | undefined;
      try {
        requireMultipart(request);
        release = await transfers.acquire();
        const upload = await readUpload(request, config.attachmentMaxBytes);
        return reply
          .status(201)
          .send(await uploadIncidentAttachment(deps, orgContext(request), { incidentId: request.params.id, upload }));
      } finally {
        release?.();
      }
    },
  );

  app.get(
    '/api/v1/incidents/:id/attachments/:attachmentId/content',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary:
          'Download the file as uploaded. Content-Disposition: attachment; Repr-Digest carries its SHA-256; ' +
          'the stored media type is used only when it is on the safe list, otherwise application/octet-stream',
        params: attachmentParams,
        produces: ['application/octet-stream', ...SAFE_DOWNLOAD_MEDIA_TYPES],
        response: { 200: z.string().meta({ format: 'binary' }).describe('The file, byte for byte') },
      },
    },
    async (request, reply) => {
      // The slot is held while the file streams out, and given back when the response closes.
      const release = await transfers.acquire();
      try {
        const { attachment, content } = await openIncidentAttachment(
          db,
          orgContext(request),
          request.params.id,
          request.params.attachmentId,
        );
        return sendAttachment(reply, attachment, content, release);
      } catch (error) {
        release();
        throw error;
      }
    },
  );

  app.delete(
    '/api/v1/incidents/:id/attachments/:attachmentId',
    {
      config: { access: 'incidents:write' },
      schema: {
        tags,
        summary: 'Remove an evidence file; only while the incident is open (409 once closed); audited with its SHA-256',
        params: attachmentParams,
        response: { ...NO_CONTENT, 409: problem('The incident is closed: its evidence can no longer be removed') },
      },
    },
    async (request, reply) => {
      await removeIncidentAttachment(deps, orgContext(request), {
        incidentId: request.params.id,
        attachmentId: request.params.attachmentId,
      });
      return reply.status(204).send(null);
    },
  );
};
