import multipart from '@fastify/multipart';
import {
  IncidentAttachmentListSchema,
  IncidentAttachmentSchema,
  IncidentAttachmentUploadSchema,
  SAFE_DOWNLOAD_MEDIA_TYPES,
} from '@weerbaar/core/incidents';
import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { sendProblem } from '../../plugins/error-handler.ts';
import {
  getIncidentAttachmentContent,
  listIncidentAttachments,
  removeIncidentAttachment,
  uploadIncidentAttachment,
} from '../../services/incidents/incident-attachments.service.ts';
import { NO_CONTENT, type RouteDeps } from '../route-deps.ts';
import { readUpload, sendAttachment, UploadTooLargeError } from './attachment-http.ts';

const tags = ['Incidents'];
const params = z.object({ id: z.uuid() });
const attachmentParams = params.extend({ attachmentId: z.uuid() });

// The upload body is multipart and read as a stream by the handler (so the size limit holds while
// reading); its schema only describes it in the API document. Path parameters are still validated.
function streamedBody<T>(route: FastifyRouteSchemaDef<T>): FastifyValidationResult {
  if (route.httpPart === 'body') return (data: unknown) => ({ value: data });
  return validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
}

export const incidentAttachmentRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, config }) => {
  // Registered here, not app-wide: only this upload route accepts multipart bodies.
  await app.register(multipart);

  app.get(
    '/api/v1/incidents/:id/attachments',
    {
      config: { access: 'org:read' },
      schema: {
        tags,
        summary: 'Evidence files of the incident (metadata only: name, size, SHA-256, who and when)',
        params,
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
        summary: 'Upload an evidence file (multipart/form-data, one part "file"); larger than the limit gives 413',
        consumes: ['multipart/form-data'],
        params,
        body: IncidentAttachmentUploadSchema,
        response: { 201: IncidentAttachmentSchema },
      },
    },
    async (request, reply) => {
      // Input first, as on every route (a malformed body is a 400 whatever the id); the limit bounds
      // what is read, and the service then finds the incident in its transaction.
      try {
        const upload = await readUpload(request, config.attachmentMaxBytes);
        return reply
          .status(201)
          .send(await uploadIncidentAttachment(db, orgContext(request), request.params.id, upload));
      } catch (error) {
        if (!(error instanceof UploadTooLargeError)) throw error;
        return sendProblem(reply, 413, 'too_large', error.message, [
          { name: 'body.file', reason: `must be at most ${error.maxBytes} bytes` },
        ]);
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
      const { attachment, content } = await getIncidentAttachmentContent(
        db,
        orgContext(request),
        request.params.id,
        request.params.attachmentId,
      );
      return sendAttachment(reply, attachment, content);
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
        response: NO_CONTENT,
      },
    },
    async (request, reply) => {
      await removeIncidentAttachment(db, orgContext(request), request.params.id, request.params.attachmentId);
      return reply.status(204).send(null);
    },
  );
};
