import { sql, type Kysely } from 'kysely';

// The incident register, its reports to the authority, deadline reminders (entity side) and the
// authority's inbox of received reports with acknowledgements and requests (docs/INCIDENTS.md).
// Tenant tables: org_id NOT NULL, every key starts with org_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE incident_settings (
      org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
      significance_entity_type text NOT NULL DEFAULT 'other',
      trust_service_provider boolean NOT NULL DEFAULT false,
      critical_entity boolean NOT NULL DEFAULT false,
      contact jsonb,
      reminder_offsets_minutes integer[] NOT NULL DEFAULT '{240,60}',
      webhook_url text,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- INC-<year>-<n>: numbered per organisation and year; the row is locked while numbering.
    CREATE TABLE incident_counters (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      year integer NOT NULL,
      last_value integer NOT NULL,
      PRIMARY KEY (org_id, year)
    );

    CREATE TABLE incidents (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      reference text NOT NULL,
      external_id text,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text,
      category text NOT NULL,
      source text NOT NULL CHECK (source IN ('manual', 'api', 'supplier', 'authority')),
      reported_by text,
      status text NOT NULL DEFAULT 'new',
      started_at timestamptz,
      detected_at timestamptz NOT NULL,
      aware_at timestamptz,
      contained_at timestamptz,
      resolved_at timestamptz,
      impact jsonb NOT NULL DEFAULT '{}',
      lessons_learned text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, reference)
    );
    -- A SIEM that delivers the same alert twice finds the first incident (NULLs never collide).
    CREATE UNIQUE INDEX incidents_external_id_key ON incidents (org_id, external_id);
    CREATE INDEX incidents_created_idx ON incidents (org_id, created_at DESC);

    CREATE TABLE incident_assets (
      org_id uuid NOT NULL,
      incident_id uuid NOT NULL,
      asset_id uuid NOT NULL,
      PRIMARY KEY (org_id, incident_id, asset_id),
      FOREIGN KEY (org_id, incident_id) REFERENCES incidents (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, asset_id) REFERENCES assets (org_id, id)
    );
    CREATE INDEX incident_assets_asset_idx ON incident_assets (org_id, asset_id);

    CREATE TABLE incident_significance_decisions (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('significant', 'not_significant')),
      cer_outcome text CHECK (cer_outcome IN ('significant', 'not_significant')),
      proposed_outcome text NOT NULL,
      criteria_met jsonb NOT NULL,
      aware_at timestamptz,
      reason text,
      decided_at timestamptz NOT NULL,
      decided_by text NOT NULL,
      audit_hash text NOT NULL,
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, incident_id) REFERENCES incidents (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX incident_significance_decisions_idx ON incident_significance_decisions (org_id, incident_id, decided_at DESC);

    CREATE TABLE incident_timeline (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL,
      occurred_at timestamptz NOT NULL,
      kind text NOT NULL,
      summary text NOT NULL,
      actor_label text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, incident_id) REFERENCES incidents (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX incident_timeline_idx ON incident_timeline (org_id, incident_id, occurred_at);

    CREATE TABLE incident_tasks (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL,
      title text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('response', 'improvement')),
      assignee text,
      due_at timestamptz,
      done_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, incident_id) REFERENCES incidents (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX incident_tasks_idx ON incident_tasks (org_id, incident_id, created_at);

    CREATE TABLE incident_observables (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL,
      type text NOT NULL,
      value text NOT NULL,
      description text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, incident_id, type, value),
      FOREIGN KEY (org_id, incident_id) REFERENCES incidents (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX incident_observables_value_idx ON incident_observables (org_id, type, value);

    -- NIS2 Art. 23(1)-(2); Cbw art. 30: the log of what recipients of services were told.
    CREATE TABLE incident_recipient_communications (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      incident_id uuid NOT NULL,
      kind text NOT NULL,
      communicated_at timestamptz NOT NULL,
      recipients text NOT NULL,
      recipient_count integer,
      channel text NOT NULL,
      message text NOT NULL,
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, incident_id) REFERENCES incidents (org_id, id) ON DELETE CASCADE
    );

    -- Reports as submitted: immutable (a correction is a new version); the payload is what the authority receives.
    CREATE TABLE incident_reports (
      org_id uuid NOT NULL,
      id uuid NOT NULL,
      incident_id uuid NOT NULL,
      stage text NOT NULL,
      version integer NOT NULL CHECK (version >= 1),
      supersedes_id uuid,
      payload jsonb NOT NULL,
      payload_digest text NOT NULL,
      audit_hash text NOT NULL,
      submitted_at timestamptz NOT NULL,
      submitted_by text NOT NULL,
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, incident_id, stage, version),
      FOREIGN KEY (org_id, incident_id) REFERENCES incidents (org_id, id)
    );
    CREATE FUNCTION incident_reports_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'submitted incident reports are immutable (% refused); submit a new version', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER incident_reports_no_update_delete BEFORE UPDATE OR DELETE ON incident_reports
      FOR EACH ROW EXECUTE FUNCTION incident_reports_immutable();

    -- What the authority sent back about a report (NIS2 Art. 23(5) initial feedback; Art. 23(4)(c) requests).
    CREATE TABLE incident_report_feedback (
      org_id uuid NOT NULL,
      id uuid NOT NULL,
      report_id uuid NOT NULL,
      incident_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('acknowledgement', 'intermediate_report_request')),
      occurred_at timestamptz NOT NULL,
      due_at timestamptz,
      message text,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, incident_id) REFERENCES incidents (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX incident_report_feedback_idx ON incident_report_feedback (org_id, incident_id, occurred_at);

    -- In-app notifications for the whole organisation; the dedupe key makes a reminder appear once.
    CREATE TABLE notifications (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      link text,
      subject_type text,
      subject_id text,
      dedupe_key text,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, dedupe_key)
    );
    CREATE INDEX notifications_time_idx ON notifications (org_id, created_at DESC);

    -- Authority side: an index over received incident reports (received_submissions keeps the payload),
    -- filled in the intake transaction, for filters, chains and deadlines.
    CREATE TABLE inbox_reports (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      submission_id uuid NOT NULL,
      sender_org_id uuid NOT NULL,
      sender_name text NOT NULL,
      sector text,
      entity_type text NOT NULL,
      incident_id uuid NOT NULL,
      incident_reference text NOT NULL,
      incident_title text NOT NULL,
      category text NOT NULL,
      stage text NOT NULL,
      version integer NOT NULL,
      severity text,
      aware_at timestamptz NOT NULL,
      submitted_at timestamptz NOT NULL,
      received_at timestamptz NOT NULL,
      authority_reference text NOT NULL,
      trust_service_provider boolean NOT NULL,
      critical_entity boolean NOT NULL,
      PRIMARY KEY (org_id, submission_id)
    );
    CREATE INDEX inbox_reports_chain_idx ON inbox_reports (org_id, sender_org_id, incident_id, submitted_at);
    CREATE INDEX inbox_reports_received_idx ON inbox_reports (org_id, received_at DESC);

    CREATE TABLE inbox_acknowledgements (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      submission_id uuid NOT NULL,
      message text NOT NULL,
      acknowledged_at timestamptz NOT NULL,
      acknowledged_by text NOT NULL,
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, submission_id) REFERENCES inbox_reports (org_id, submission_id)
    );
    CREATE INDEX inbox_acknowledgements_idx ON inbox_acknowledgements (org_id, submission_id);

    CREATE TABLE inbox_report_requests (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      submission_id uuid NOT NULL,
      due_at timestamptz NOT NULL,
      message text NOT NULL,
      requested_at timestamptz NOT NULL,
      requested_by text NOT NULL,
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, submission_id) REFERENCES inbox_reports (org_id, submission_id)
    );
    CREATE INDEX inbox_report_requests_idx ON inbox_report_requests (org_id, submission_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE inbox_report_requests, inbox_acknowledgements, inbox_reports, notifications,
      incident_report_feedback, incident_reports, incident_recipient_communications, incident_observables,
      incident_tasks, incident_timeline, incident_significance_decisions, incident_assets, incidents,
      incident_counters, incident_settings;
    DROP FUNCTION incident_reports_immutable();
  `.execute(db);
}
