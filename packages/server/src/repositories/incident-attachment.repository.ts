// Evidence files of incidents. Listing never reads the content column; a download reads it in slices.
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { IncidentAttachmentRow } from '../db/schema-attachments.ts';

const METADATA = [
  'org_id',
  'id',
  'incident_id',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'uploaded_by',
  'uploaded_at',
] as const;

export async function insertAttachment(
  db: DbOrTrx,
  row: {
    org_id: string;
    incident_id: string;
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
    content: Buffer;
    uploaded_by: string;
  },
): Promise<IncidentAttachmentRow> {
  return db.insertInto('incident_attachments').values(row).returning(METADATA).executeTakeFirstOrThrow();
}

export async function listAttachments(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
): Promise<IncidentAttachmentRow[]> {
  return db
    .selectFrom('incident_attachments')
    .select(METADATA)
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function findAttachment(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
  id: string,
): Promise<IncidentAttachmentRow | undefined> {
  return db
    .selectFrom('incident_attachments')
    .select(METADATA)
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * One slice of the stored bytes (offset counts from 0), or undefined when the file is gone. Downloads
 * read slices instead of the whole column: node-postgres receives a bytea as hex text and then makes
 * a Buffer of it, about three times the file in memory at once.
 */
export async function readAttachmentChunk(
  db: DbOrTrx,
  orgId: string,
  incidentId: string,
  id: string,
  offset: number,
  length: number,
): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('incident_attachments')
    // SQL substring counts from 1.
    .select(sql<Buffer>`substring(content from ${offset + 1} for ${length})`.as('chunk'))
    .where('org_id', '=', orgId)
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.chunk;
}

export async function deleteAttachment(db: DbOrTrx, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('incident_attachments').where('org_id', '=', orgId).where('id', '=', id).execute();
}
