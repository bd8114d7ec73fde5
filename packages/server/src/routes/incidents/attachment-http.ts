// The HTTP side of evidence files: reading a multipart upload with its size limit, and the headers
// and streamed body of a download. Kept apart from the routes so each stays one screen.
import { Readable } from 'node:stream';
import { ATTACHMENT_FILE_FIELD, downloadMediaType, type IncidentAttachment } from '@weerbaar/core/incidents';
import { DomainError, invalidField } from '@weerbaar/core/platform';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AttachmentUpload } from '../../services/incidents/upload-incident-attachment.ts';
import { createTransferLimit, MAX_CONCURRENT_ATTACHMENT_TRANSFERS, type TransferLimit } from './transfer-limit.ts';

/**
 * Prepares a route plugin that takes file uploads (incident attachments, measure evidence). Only
 * multipart/form-data is read: every other body (JSON, application/octet-stream from curl --data-binary,
 * text) reaches the handler unread instead of getting Fastify's generic 415 or JSON parse error, so each
 * gets the same 415 problem naming header.content-type (requireMultipart). Multipart is registered per
 * plugin, not app-wide: only upload routes accept it.
 */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
  await app.register(multipart);
}

/**
 * The upload body is multipart and read as a stream by the handler (so the size limit holds while
 * reading); its schema only describes it in the API document. Path parameters are still validated.
 */
export function streamedBody<T>(route: FastifyRouteSchemaDef<T>): FastifyValidationResult {
  if (route.httpPart === 'body') return (data: unknown) => ({ value: data });
  return validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
}

const transferLimits = new WeakMap<object, TransferLimit>();

/** One cap per server for every route that moves evidence files, uploads and downloads together. */
export function transferLimitOf(app: FastifyInstance): TransferLimit {
  let limit = transferLimits.get(app.server);
  if (!limit) transferLimits.set(app.server, (limit = createTransferLimit(MAX_CONCURRENT_ATTACHMENT_TRANSFERS)));
  return limit;
}

/**
 * Refuses any body that is not multipart/form-data before it is read (or waits for a transfer slot).
 * The attachment routes accept every media type into the handler (see the routes), so JSON,
 * application/octet-stream and no body at all get this same answer.
 */
export function requireMultipart(request: FastifyRequest): void {
  if (!request.isMultipart()) {
    throw new DomainError(
      'unsupported_media_type',
      'Send the file as multipart/form-data with a part named "file" (curl -F file=@name)',
      [{ name: 'header.content-type', reason: 'must be multipart/form-data' }],
    );
  }
}

/** Other form fields an upload may carry (and that are ignored), besides its one file. */
const MAX_FIELDS = 10;

/**
 * Reads the one file part of a multipart/form-data upload into memory, stopping at maxBytes; the caller
 * has already refused a body that is not multipart (requireMultipart). The whole form is read, so a
 * second file is refused rather than silently dropped.
 * Multipart (not a raw body) because it is what a browser form and every HTTP client send, and the
 * part carries the file name and media type in standard headers.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<AttachmentUpload> {
  const file = `body.${ATTACHMENT_FILE_FIELD}`;
  let upload: AttachmentUpload | undefined;
  try {
    const parts = request.parts({
      // Any part named "file" is the file, also without a filename parameter: then the name is
      // reported missing instead of the file.
      isPartAFile: (fieldName) => fieldName === ATTACHMENT_FILE_FIELD,
      limits: { fileSize: maxBytes, files: 1, fields: MAX_FIELDS, fieldSize: 1024, headerPairs: 20 },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        upload = { fileName: part.filename, mediaType: part.mimetype, content: await part.toBuffer() };
      }
    }
  } catch (error) {
    switch ((error as { code?: unknown }).code) {
      case 'FST_REQ_FILE_TOO_LARGE':
        throw new DomainError('too_large', `The file is larger than the limit of ${maxBytes} bytes`, [
          { name: file, reason: `must be at most ${maxBytes} bytes` },
        ]);
      case 'FST_FILES_LIMIT':
        throw invalidField(file, 'must be sent once: one file per upload');
      case 'FST_FIELDS_LIMIT':
        throw new DomainError('too_large', `The form has more than ${MAX_FIELDS} fields besides the file`, [
          { name: 'body', reason: `must have at most ${MAX_FIELDS} fields besides the file` },
        ]);
    }
    // Anything else the parser throws is a malformed body (no boundary, truncated part, a field that
    // says it is JSON and is not), not our fault.
    throw invalidField('body', 'is not valid multipart/form-data');
  }
  if (!upload) throw invalidField(file, 'is required', 'file_missing');
  return upload;
}

/**
 * RFC 6266 attachment with an ASCII fallback (quoted, no quote, backslash or percent sign) and the
 * exact name in filename* (RFC 8187, UTF-8, percent-encoded).
 */
function contentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** RFC 9530 Repr-Digest: the SHA-256 of the file as a structured-field byte sequence. */
function reprDigest(sha256Hex: string): string {
  return `sha-256=:${Buffer.from(sha256Hex, 'hex').toString('base64')}:`;
}

/**
 * Sends a stored file as a stream of slices, with the headers that keep it inert in a browser.
 * onClose runs once the transfer is over, however it ends (sent, failed, client gone).
 */
export function sendAttachment(
  reply: FastifyReply,
  // Any stored evidence file: incident attachments and measure evidence alike.
  attachment: Pick<IncidentAttachment, 'fileName' | 'mediaType' | 'sha256' | 'sizeBytes'>,
  content: AsyncIterable<Buffer>,
  onClose: () => void,
): FastifyReply {
  // Byte mode, not the object mode Readable.from picks by default: then the stream buffers a few
  // KiB ahead of a slow client instead of up to 16 slices of 1 MiB.
  const body = Readable.from(content, { objectMode: false });
  body.once('close', onClose);
  reply.raw.once('close', onClose);
  return (
    reply
      .type(downloadMediaType(attachment.mediaType))
      .header('Content-Disposition', contentDisposition(attachment.fileName))
      .header('X-Content-Type-Options', 'nosniff')
      // Should a browser still render it (a PDF or image opened from the downloads bar), it runs
      // nothing and reaches nothing of this origin.
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      // Evidence may hold personal data: no copies in shared or browser caches.
      .header('Cache-Control', 'private, no-store')
      .header('Repr-Digest', reprDigest(attachment.sha256))
      // A stream has no length of its own; the stored size lets the client show progress and notice
      // a cut-off transfer.
      .header('Content-Length', String(attachment.sizeBytes))
      .send(body)
  );
}
