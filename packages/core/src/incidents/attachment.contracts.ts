import { z } from 'zod';
import { Sha256HexSchema } from '../platform/digest.contracts.ts';
import { isOpenStatus, type IncidentStatus } from './incident-workflow.ts';

// Evidence files of an incident (logs, screenshots, forensic reports, the ransom note). NIS2
// Art. 23(4)(d) asks for a final report with the root cause and the measures taken; Art. 21(2)(b)
// asks for incident handling. Both need the evidence kept with the incident, unaltered: files are
// stored with their SHA-256, never changed, and removed only while the incident is open
// (docs/INCIDENTS.md, "Attachments").

/** The multipart form field that carries the file. */
export const ATTACHMENT_FILE_FIELD = 'file';
/** Default upload limit: large enough for logs, packet captures and PDFs, small enough to buffer. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
// Backups carry bytea as hex text inside one JSON value per row, and a PostgreSQL jsonb string is
// limited to 256 MiB; hex doubles the size, so 100 MiB leaves room.
export const ATTACHMENT_MAX_BYTES_CEILING = 100 * 1024 * 1024;
export const FILE_NAME_MAX_LENGTH = 200;

export const IncidentAttachmentSchema = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  fileName: z.string().min(1).max(FILE_NAME_MAX_LENGTH),
  mediaType: z.string().describe('As the uploader declared it; downloads use it only when it is on the safe list'),
  sizeBytes: z.int().positive(),
  sha256: Sha256HexSchema.describe('SHA-256 of the content, computed on upload; also sent as Repr-Digest'),
  uploadedBy: z.string(),
  uploadedAt: z.iso.datetime(),
});
export type IncidentAttachment = z.infer<typeof IncidentAttachmentSchema>;

export const IncidentAttachmentListSchema = z.object({
  items: z.array(IncidentAttachmentSchema),
  maxSizeBytes: z.int().positive().describe('The largest file this installation accepts'),
});
export type IncidentAttachmentList = z.infer<typeof IncidentAttachmentListSchema>;

/** The multipart/form-data body of an upload, for the API description; the server reads it as a stream. */
export const IncidentAttachmentUploadSchema = z.object({
  [ATTACHMENT_FILE_FIELD]: z
    .string()
    .meta({ format: 'binary' })
    .describe('The file; its part carries the file name (filename parameter) and media type (Content-Type)'),
});

// Types a browser will not run as a page or script when opened: anything else is sent as
// application/octet-stream, so an uploaded HTML or SVG file can never execute in our origin.
export const SAFE_DOWNLOAD_MEDIA_TYPES = [
  'application/pdf',
  'application/json',
  'application/zip',
  'application/gzip',
  'application/x-7z-compressed',
  'application/vnd.tcpdump.pcap',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'message/rfc822',
  'text/plain',
  'text/csv',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
] as const;

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** The declared media type without parameters, lower case; application/octet-stream when malformed. */
export function normaliseMediaType(declared: string | undefined): string {
  const essence = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return MEDIA_TYPE.test(essence) ? essence : 'application/octet-stream';
}

/** The Content-Type a download is sent with. */
export function downloadMediaType(stored: string): string {
  return (SAFE_DOWNLOAD_MEDIA_TYPES as readonly string[]).includes(stored) ? stored : 'application/octet-stream';
}

// C0/C1 controls, and invisible or direction-changing characters that make "evil‮fdp.exe" look like
// "evilexe.pdf" in a list.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Characters Windows refuses in names, and the path separators.
const RESERVED = /[<>:"/\\|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A file name that is safe to store, list and offer for download: the last path segment, without
 * control or invisible characters, without characters file systems refuse, no leading or trailing
 * dots or spaces, at most FILE_NAME_MAX_LENGTH characters (keeping the extension). '' when nothing
 * usable is left; the caller refuses that as a missing name.
 */
export function sanitiseFileName(raw: string): string {
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .replace(/\s+/g, ' ') // tabs and line breaks become spaces before other controls are dropped
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  const chars = Array.from(name);
  if (chars.length <= FILE_NAME_MAX_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const keep = extension.length > 0 && extension.length <= 20 ? extension : [];
  // The cut can land on a dot or space (or on the dot of an extension too long to keep): strip them
  // again, or the result breaks the no-trailing-dots rule and changes when sanitised a second time.
  const stem = chars
    .slice(0, FILE_NAME_MAX_LENGTH - keep.length)
    .join('')
    .replace(/[.\s]+$/, '');
  return stem + keep.join('');
}

/**
 * Evidence may be removed only while the incident is still being handled: a wrong or over-shared
 * file (personal data) must be removable, but once the incident is closed its evidence is what the
 * final report (NIS2 Art. 23(4)(d)) and the lessons learned rest on. Removing it then needs the
 * visible, audited step of reopening the incident first.
 */
export function canRemoveAttachment(status: IncidentStatus): boolean {
  return isOpenStatus(status);
}
