import { sql, type Kysely } from 'kysely';

// Measures (issue 12): which catalogues an organisation adopted (who confirmed, when), its implementation
// of each requirement, the evidence files, and one coverage reading per catalogue and day (written with
// every change, for the chart over time). Requirement ids are the catalogues' own (`nis2-art21:a`):
// catalogues are typed data in core, not rows, so they are not foreign keys here. Tenant tables:
// org_id NOT NULL, every key starts with org_id.
//
// Evidence files are kept like incident attachments (20261122_1500): bytea in PostgreSQL, so backup,
// restore, tenancy and transactions cover them; the same digest check and the same immutability.
// Dates (due, review) are ISO calendar dates as text: no time zone can shift them on the way out.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE measure_frameworks (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      catalogue_id text NOT NULL CHECK (catalogue_id ~ '^[a-z0-9-]{1,100}$'),
      adopted_by text NOT NULL,
      adopted_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, catalogue_id)
    );

    CREATE TABLE measure_implementations (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      requirement_id text NOT NULL CHECK (length(requirement_id) BETWEEN 3 AND 120),
      status text NOT NULL CHECK (status IN ('not-started', 'partial', 'implemented', 'not-applicable')),
      maturity smallint CHECK (maturity BETWEEN 0 AND 5),
      owner text CHECK (length(owner) <= 200),
      due_date text CHECK (due_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      how_implemented text CHECK (length(how_implemented) <= 5000),
      justification text CHECK (length(justification) <= 5000),
      review_date text CHECK (review_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      evidence_links jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence_links) = 'array'),
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, requirement_id),
      -- Impl. Reg. (EU) 2024/2690 Art. 2(2): a requirement not applied has its reasons documented.
      CONSTRAINT measure_implementations_justified
        CHECK (status <> 'not-applicable' OR length(justification) > 0)
    );
    CREATE INDEX measure_implementations_owner_idx ON measure_implementations (org_id, owner);

    CREATE TABLE measure_evidence (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      requirement_id text NOT NULL,
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea NOT NULL,
      uploaded_by text NOT NULL,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      CONSTRAINT measure_evidence_content_matches CHECK (
        octet_length(content) = size_bytes AND encode(sha256(content), 'hex') = sha256
      )
    );
    CREATE INDEX measure_evidence_requirement_idx ON measure_evidence (org_id, requirement_id, uploaded_at);
    ALTER TABLE measure_evidence ALTER COLUMN content SET STORAGE EXTERNAL;
    CREATE TRIGGER measure_evidence_no_update BEFORE UPDATE ON measure_evidence
      FOR EACH ROW EXECUTE FUNCTION incident_attachments_immutable();

    CREATE TABLE measure_coverage_history (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      catalogue_id text NOT NULL,
      day text NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      share double precision NOT NULL CHECK (share BETWEEN 0 AND 1),
      PRIMARY KEY (org_id, catalogue_id, day)
    );

    -- NIS2 Art. 21(2) binds every essential and important entity: existing entities start with it adopted
    -- (new ones get it from services/measures/measure.subscribers.ts).
    INSERT INTO measure_frameworks (org_id, catalogue_id, adopted_by)
      SELECT id, 'nis2-art21', 'Weerbaar (standaard voor elke entiteit)' FROM organisations WHERE kind = 'entity';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE measure_coverage_history;
    DROP TABLE measure_evidence;
    DROP TABLE measure_implementations;
    DROP TABLE measure_frameworks;
  `.execute(db);
}
