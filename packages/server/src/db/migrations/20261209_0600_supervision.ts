import { sql, type Kysely } from 'kysely';

// Supervision (issue 15 item 3). An authority organisation's kinds (competent authority, CSIRT, supervisor;
// several allowed) and its own table of authorities per sector (overrides of core's defaults). Information
// requests and findings belong to the supervisor (org_id) and name the entity they are addressed to
// (entity_org_id, an organisation on this installation): the entity reads its own by entity_org_id, the
// one read across tenants, as exercise invitations do. Documents keep the attachments' storage design:
// bytea checked against its size and SHA-256, immutable.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE authority_kinds (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('competent-authority', 'csirt', 'supervisor')),
      PRIMARY KEY (org_id, kind)
    );

    CREATE TABLE supervision_sector_authorities (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      sector text NOT NULL CHECK (length(sector) BETWEEN 1 AND 200),
      competent_authority text CHECK (length(competent_authority) BETWEEN 1 AND 200),
      supervisor text CHECK (length(supervisor) BETWEEN 1 AND 200),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, sector)
    );

    CREATE TABLE supervision_requests (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      entity_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
      question text NOT NULL CHECK (length(question) BETWEEN 1 AND 10000),
      legal_basis text NOT NULL CHECK (legal_basis IN ('information', 'documents', 'evidence')),
      indication text,
      due_on text NOT NULL CHECK (due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      asks_measures_dossier boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'answered', 'accepted', 'more-asked')),
      sent_by text NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      CHECK (entity_org_id <> org_id)
    );
    CREATE INDEX supervision_requests_entity_idx ON supervision_requests (entity_org_id, sent_at);
    CREATE INDEX supervision_requests_org_entity_idx ON supervision_requests (org_id, entity_org_id);

    -- The exchange after the request: answers, further questions, acceptance. Append-only.
    CREATE TABLE supervision_request_messages (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL,
      -- The order of the exchange (1, 2, …), numbered under the request's row lock.
      seq integer NOT NULL CHECK (seq > 0),
      kind text NOT NULL CHECK (kind IN ('answer', 'more-asked', 'accepted')),
      text text NOT NULL,
      due_on text CHECK (due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      by_label text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, request_id, seq),
      FOREIGN KEY (org_id, request_id) REFERENCES supervision_requests (org_id, id) ON DELETE CASCADE,
      CHECK ((kind = 'more-asked') = (due_on IS NOT NULL))
    );

    CREATE TABLE supervision_request_documents (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL,
      answer_id uuid,
      kind text NOT NULL CHECK (kind IN ('upload', 'measures-dossier')),
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      media_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea NOT NULL,
      added_by text NOT NULL,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, request_id) REFERENCES supervision_requests (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, answer_id) REFERENCES supervision_request_messages (org_id, id) ON DELETE CASCADE,
      CONSTRAINT supervision_request_documents_content_matches CHECK (
        octet_length(content) = size_bytes AND encode(sha256(content), 'hex') = sha256
      )
    );
    CREATE INDEX supervision_request_documents_request_idx ON supervision_request_documents (org_id, request_id);
    ALTER TABLE supervision_request_documents ALTER COLUMN content SET STORAGE EXTERNAL;

    CREATE TABLE supervision_findings (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      entity_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      request_id uuid,
      observation text NOT NULL CHECK (length(observation) BETWEEN 1 AND 10000),
      severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
      follow_up_due_on text NOT NULL CHECK (follow_up_due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'resolved')),
      follow_up_note text NOT NULL DEFAULT '',
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, request_id) REFERENCES supervision_requests (org_id, id) ON DELETE SET NULL (request_id),
      CHECK (entity_org_id <> org_id)
    );
    CREATE INDEX supervision_findings_entity_idx ON supervision_findings (entity_org_id, recorded_at);
    CREATE INDEX supervision_findings_org_entity_idx ON supervision_findings (org_id, entity_org_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE supervision_findings;
    DROP TABLE supervision_request_documents;
    DROP TABLE supervision_request_messages;
    DROP TABLE supervision_requests;
    DROP TABLE supervision_sector_authorities;
    DROP TABLE authority_kinds;
  `.execute(db);
}
