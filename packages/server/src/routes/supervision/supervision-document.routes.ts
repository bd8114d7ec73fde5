// Documents of information requests: the entity uploads while preparing its answer; both sides download.
import { IncidentAttachmentUploadSchema, SAFE_DOWNLOAD_MEDIA_TYPES } from '@weerbaar/core/incidents';
import { RequestDocumentSchema } from '@weerbaar/core/supervision';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgContext } from '../../plugins/access-control.ts';
import { addRequestDocument } from '../../services/supervision/add-request-document.ts';
import { openRequestDocument } from '../../services/supervision/supervision-queries.ts';
import {
  acceptUploads,
  readUpload,
  requireMultipart,
  sendAttachment,
  streamedBody,
  transferLimitOf,
} from '../incidents/attachment-http.ts';
import { IdParams, problem, type RouteDeps } from '../route-deps.ts';

const tags = ['Supervision'];
const documentParams = IdParams.extend({ documentId: z.uuid() });
const download = {
  produces: ['application/octet-stream', ...SAFE_DOWNLOAD_MEDIA_TYPES],
  response: { 200: z.string().meta({ format: 'binary' }).describe('The file, byte for byte') },
};

export const supervisionDocumentRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const { db, config } = deps;
  await acceptUploads(app);
  const transfers = transferLimitOf(app);

  app.post(
    '/api/v1/supervision/received-requests/:id/documents',
    {
      config: { access: 'supervision:answer' },
      validatorCompiler: streamedBody,
      schema: {
        tags,
        summary:
          'Add a document to the answer being prepared (multipart/form-data, one part "file"); it goes with the next answer',
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: IncidentAttachmentUploadSchema,
        response: {
          201: RequestDocumentSchema,
          409: problem('No answer is owed now'),
          413: problem('The file is larger than the limit (WEERBAAR_ATTACHMENT_MAX_BYTES)'),
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
        return reply
          .status(201)
          .send(await addRequestDocument(deps, orgContext(request), { requestId: request.params.id, upload }));
      } finally {
        release?.();
      }
    },
  );

  for (const side of ['sent', 'received'] as const) {
    const path =
      side === 'sent'
        ? '/api/v1/supervision/requests/:id/documents/:documentId/content'
        : '/api/v1/supervision/received-requests/:id/documents/:documentId/content';
    app.get(
      path,
      {
        config: { access: side === 'sent' ? 'authority:read' : 'org:read' },
        schema: {
          tags,
          summary: 'Download a document of the request; Repr-Digest carries its SHA-256',
          params: documentParams,
          ...download,
        },
      },
      async (request, reply) => {
        const release = await transfers.acquire();
        try {
          const { document, content } = await openRequestDocument(
            db,
            orgContext(request),
            side,
            request.params.id,
            request.params.documentId,
          );
          return sendAttachment(reply, document, content, release);
        } catch (error) {
          release();
          throw error;
        }
      },
    );
  }
};
