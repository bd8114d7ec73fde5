import { sql, type Kysely } from 'kysely';

// Campaigns across entities (issue 15 item 2). `campaign_observations` indexes every canonical indicator of
// every received incident report (one row per indicator and report), keyed by the sha256 of its type and
// value: an indicator may be 2048 characters (more bytes than a btree entry holds), its digest never is.
// The primary key starts with (org_id, indicator_digest), so "which entities reported this indicator" is
// one index range however many observations there are. `campaigns` holds each indicator that two or more
// different entities reported, with its counts; the analyst's cases merge linked reports with a timeline.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE campaign_observations (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      indicator_digest text NOT NULL CHECK (indicator_digest ~ '^[0-9a-f]{64}$'),
      submission_id uuid NOT NULL,
      indicator_type text NOT NULL,
      indicator_value text NOT NULL,
      sender_org_id uuid NOT NULL,
      received_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, indicator_digest, submission_id),
      FOREIGN KEY (org_id, submission_id) REFERENCES inbox_reports (org_id, submission_id) ON DELETE CASCADE
    );
    CREATE INDEX campaign_observations_report_idx ON campaign_observations (org_id, submission_id);

    CREATE TABLE campaigns (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      indicator_digest text NOT NULL,
      indicator_type text NOT NULL,
      indicator_value text NOT NULL,
      entity_count integer NOT NULL CHECK (entity_count >= 2),
      report_count integer NOT NULL,
      first_seen_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      detected_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, indicator_digest)
    );
    CREATE INDEX campaigns_last_seen_idx ON campaigns (org_id, last_seen_at DESC, id);

    CREATE TABLE campaign_cases (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      created_by text NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id)
    );
    CREATE INDEX campaign_cases_updated_idx ON campaign_cases (org_id, updated_at DESC, id);

    CREATE TABLE campaign_case_reports (
      org_id uuid NOT NULL,
      case_id uuid NOT NULL,
      submission_id uuid NOT NULL,
      added_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, case_id, submission_id),
      FOREIGN KEY (org_id, case_id) REFERENCES campaign_cases (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, submission_id) REFERENCES inbox_reports (org_id, submission_id) ON DELETE CASCADE
    );
    CREATE INDEX campaign_case_reports_report_idx ON campaign_case_reports (org_id, submission_id);

    CREATE TABLE campaign_case_entries (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('report_added', 'report_removed', 'note', 'decision')),
      text text,
      submission_id uuid,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, case_id) REFERENCES campaign_cases (org_id, id) ON DELETE CASCADE,
      CHECK ((kind IN ('note', 'decision')) = (text IS NOT NULL)),
      CHECK ((kind IN ('report_added', 'report_removed')) = (submission_id IS NOT NULL))
    );
    CREATE INDEX campaign_case_entries_case_idx ON campaign_case_entries (org_id, case_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE campaign_case_entries;
    DROP TABLE campaign_case_reports;
    DROP TABLE campaign_cases;
    DROP TABLE campaigns;
    DROP TABLE campaign_observations;
  `.execute(db);
}
