import { sql, type Kysely } from 'kysely';

// Evidence files of incidents, kept in PostgreSQL (bytea) so that backup, restore, tenancy and
// transactions cover them like every other row: no second store to back up or to leak from.
// Tenant table: org_id NOT NULL, every key starts with org_id (docs/INCIDENTS.md, "Attachments").
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE incident_attachments (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL,
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea NOT NULL,
      uploaded_by text NOT NULL,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, incident_id) REFERENCES incidents (org_id, id) ON DELETE CASCADE,
      -- The stored digest and size always describe the stored bytes: checked on every insert,
      -- so also when a backup is restored (a corrupted file is refused, not restored silently).
      CONSTRAINT incident_attachments_content_matches CHECK (
        octet_length(content) = size_bytes AND encode(sha256(content), 'hex') = sha256
      )
    );
    CREATE INDEX incident_attachments_incident_idx ON incident_attachments (org_id, incident_id, uploaded_at);
    -- Stored uncompressed, so a download's 1 MiB slices (substring) read only their own TOAST chunks
    -- instead of decompressing the file from its start for every slice.
    ALTER TABLE incident_attachments ALTER COLUMN content SET STORAGE EXTERNAL;

    -- Evidence is added or (while the incident is open) removed, never altered.
    CREATE FUNCTION incident_attachments_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'incident attachments are immutable (UPDATE refused); upload a new file' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER incident_attachments_no_update BEFORE UPDATE ON incident_attachments
      FOR EACH ROW EXECUTE FUNCTION incident_attachments_immutable();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE incident_attachments;
    DROP FUNCTION incident_attachments_immutable();
  `.execute(db);
}
