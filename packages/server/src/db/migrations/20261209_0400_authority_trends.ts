import { sql, type Kysely } from 'kysely';

// The authority's picture (issue 15 items 1, 4 and 6).
//
// 1. Cross-border impact as a column of the inbox index (NIS2 Art. 23(1): the notification holds the
//    information that lets the CSIRT determine any cross-border impact; Art. 23(6): the CSIRT informs the
//    other affected Member States and ENISA), so the inbox flags and filters it at once. Existing rows are
//    filled from the payload they were indexed from (received_submissions), by the same reading as
//    core/inbox/cross-border.ts (crossBorderOf).
// 2. The trends rollup: one row per incident chain (sender, incident) with the dimensions the dashboard
//    counts by, and one row per reporting stage with the deadline core computed for it (inbox-clock.ts,
//    NIS2 Art. 23(4)) and when the stage was first submitted. Kept in the intake's transaction by the
//    trends subscriber; the dashboard reads only these two tables (docs/SCALE.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE inbox_reports
      ADD COLUMN cross_border text CHECK (cross_border IN ('yes', 'no', 'unknown')),
      ADD COLUMN member_states_affected text[] NOT NULL DEFAULT '{}';

    UPDATE inbox_reports r SET
      member_states_affected = COALESCE(
        ARRAY(SELECT jsonb_array_elements_text(s.payload -> 'content' -> 'memberStatesAffected')),
        '{}'
      ),
      cross_border = CASE
        WHEN jsonb_typeof(s.payload -> 'content' -> 'memberStatesAffected') = 'array'
          AND jsonb_array_length(s.payload -> 'content' -> 'memberStatesAffected') > 0 THEN 'yes'
        WHEN s.payload -> 'content' ->> 'crossBorderImpactPossible' IN ('yes', 'no', 'unknown')
          THEN s.payload -> 'content' ->> 'crossBorderImpactPossible'
        WHEN r.stage IN ('cer_initial', 'cer_detailed')
          AND s.payload -> 'content' ->> 'crossBorderImpact' IN ('yes', 'no', 'unknown')
          THEN s.payload -> 'content' ->> 'crossBorderImpact'
        WHEN r.stage IN ('final_report', 'progress_report') THEN CASE
          WHEN length(coalesce(s.payload -> 'content' ->> 'crossBorderImpact', '')) > 0 THEN 'yes'
          WHEN (s.payload -> 'content' -> 'notYetKnown') ? 'crossBorderImpact' THEN 'unknown'
          ELSE 'no' END
        ELSE NULL
      END
    FROM received_submissions s
    WHERE s.org_id = r.org_id AND s.id = r.submission_id;

    CREATE INDEX inbox_reports_cross_border_idx ON inbox_reports (org_id, received_at DESC)
      WHERE cross_border = 'yes';

    CREATE TABLE trend_incidents (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      sender_org_id uuid NOT NULL,
      incident_id uuid NOT NULL,
      first_received_at timestamptz NOT NULL,
      last_received_at timestamptz NOT NULL,
      sector text,
      entity_type text NOT NULL,
      critical_entity boolean NOT NULL,
      category text NOT NULL,
      severity text,
      cross_border text CHECK (cross_border IN ('yes', 'no', 'unknown')),
      voluntary boolean NOT NULL,
      latest_submission_id uuid NOT NULL,
      PRIMARY KEY (org_id, sender_org_id, incident_id)
    );
    CREATE INDEX trend_incidents_time_idx ON trend_incidents (org_id, first_received_at)
      INCLUDE (sender_org_id, sector, entity_type, critical_entity, category, severity, cross_border, voluntary);

    CREATE TABLE trend_stage_deadlines (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      sender_org_id uuid NOT NULL,
      incident_id uuid NOT NULL,
      stage text NOT NULL,
      due_at timestamptz NOT NULL,
      submitted_at timestamptz,
      PRIMARY KEY (org_id, sender_org_id, incident_id, stage),
      FOREIGN KEY (org_id, sender_org_id, incident_id)
        REFERENCES trend_incidents (org_id, sender_org_id, incident_id) ON DELETE CASCADE
    );
    -- Chains received before this migration: their dimensions now; their stage deadlines follow with the
    -- chain's next report (the deadlines are computed in core, not in SQL).
    INSERT INTO trend_incidents
    SELECT DISTINCT ON (org_id, sender_org_id, incident_id)
      org_id, sender_org_id, incident_id,
      min(received_at) OVER w, max(received_at) OVER w,
      sector, entity_type, critical_entity, category,
      (array_remove(array_agg(severity) OVER w, NULL))[1],
      CASE WHEN bool_or(cross_border = 'yes') OVER w THEN 'yes' ELSE cross_border END,
      bool_and(stage = 'voluntary_notification') OVER w,
      submission_id
    FROM inbox_reports
    WINDOW w AS (PARTITION BY org_id, sender_org_id, incident_id ORDER BY received_at DESC, version DESC
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    ORDER BY org_id, sender_org_id, incident_id, received_at DESC, version DESC;

    CREATE INDEX trend_stage_deadlines_due_idx ON trend_stage_deadlines (org_id, due_at)
      INCLUDE (sender_org_id, incident_id, stage, submitted_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE trend_stage_deadlines;
    DROP TABLE trend_incidents;
    DROP INDEX inbox_reports_cross_border_idx;
    ALTER TABLE inbox_reports DROP COLUMN member_states_affected, DROP COLUMN cross_border;
  `.execute(db);
}
