// Table types of incident attachments (migration 20261122_1500_incident_attachments).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp } from './column-types.ts';

export interface IncidentAttachmentsTable {
  org_id: string;
  id: Generated<string>;
  incident_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  // Never updated (a trigger refuses UPDATE); selected only when the file itself is asked for.
  content: ColumnType<Buffer, Buffer, never>;
  uploaded_by: string;
  uploaded_at: DefaultTimestamp;
}

export interface AttachmentTables {
  incident_attachments: IncidentAttachmentsTable;
}

export type IncidentAttachmentRow = Omit<Selectable<IncidentAttachmentsTable>, 'content'>;
