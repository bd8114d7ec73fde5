import { sql, type Kysely } from 'kysely';

// National scale (issue 15 item 6; docs/SCALE.md). The deadline view counted a year of stage rows (about
// 116,000 at 100,000 reports) with a time-zone conversion, an outcome CASE and a distinct count per row:
// 339 ms p95. `trend_stage_months` keeps, per Amsterdam month of the deadline, outcome and entity, the number
// of owed stages, raised and lowered by the trends subscriber in the intake's transaction
// (repositories/trends.repository.ts → replaceTrendStageDeadlines). The outcome is stored only as far as it
// cannot change with the clock: on time or late once submitted, 'unsubmitted' otherwise; the dashboard reads
// 'unsubmitted' as missing only for months wholly past, and computes the current month live from
// trend_stage_deadlines (NIS2 Art. 23(4); core deadline-tracking.ts). One row per entity keeps the count of
// distinct entities per cell exact, which the suppression rule rests on (core/trends/suppression.ts); the
// cell tables keep those counts per month, so a monthly table reads its cells, not a row per entity. The
// incident view gets the same pair of tables (129 ms p95 by sector per month before).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE trend_stage_months (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      month date NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('on_time', 'late', 'unsubmitted')),
      sender_org_id uuid NOT NULL,
      -- No CHECK (stages >= 0): PostgreSQL checks the proposed row of INSERT … ON CONFLICT before it
      -- finds the conflict, and a lowering is proposed as a negative count. Rows that reach 0 are deleted.
      stages integer NOT NULL,
      PRIMARY KEY (org_id, month, outcome, sender_org_id)
    );
    INSERT INTO trend_stage_months (org_id, month, outcome, sender_org_id, stages)
    SELECT org_id, date_trunc('month', due_at AT TIME ZONE 'Europe/Amsterdam')::date,
      CASE WHEN submitted_at IS NULL THEN 'unsubmitted' WHEN submitted_at <= due_at THEN 'on_time' ELSE 'late' END,
      sender_org_id, count(*)
    FROM trend_stage_deadlines
    GROUP BY 1, 2, 3, 4;

    -- The cells the monthly table reads: per month and outcome the stages and the distinct entities (the rows
    -- of trend_stage_months), about 36 rows a year instead of a row per entity.
    CREATE TABLE trend_stage_month_cells (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      month date NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('on_time', 'late', 'unsubmitted')),
      stages integer NOT NULL,
      entities integer NOT NULL,
      PRIMARY KEY (org_id, month, outcome)
    );
    INSERT INTO trend_stage_month_cells (org_id, month, outcome, stages, entities)
    SELECT org_id, month, outcome, sum(stages), count(*) FROM trend_stage_months GROUP BY 1, 2, 3;

    -- The incident view likewise: per Amsterdam month of the chain's first report, dimension, key and entity
    -- the number of mandatory incident chains (a voluntary notification is counted only on request, and
    -- then from trend_incidents), and the counted cells per month, dimension and key. The classification is
    -- read live from the register, so it is not rolled up.
    CREATE TABLE trend_incident_months (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      month date NOT NULL,
      dimension text NOT NULL,
      key text NOT NULL,
      sender_org_id uuid NOT NULL,
      incidents integer NOT NULL,
      PRIMARY KEY (org_id, month, dimension, key, sender_org_id)
    );
    CREATE TABLE trend_incident_month_cells (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      month date NOT NULL,
      dimension text NOT NULL,
      key text NOT NULL,
      incidents integer NOT NULL,
      entities integer NOT NULL,
      PRIMARY KEY (org_id, month, dimension, key)
    );
    INSERT INTO trend_incident_months (org_id, month, dimension, key, sender_org_id, incidents)
    SELECT t.org_id, date_trunc('month', t.first_received_at AT TIME ZONE 'Europe/Amsterdam')::date, dk.dimension,
      dk.key, t.sender_org_id, count(*)
    FROM trend_incidents t
    CROSS JOIN LATERAL (VALUES
      ('sector', coalesce(t.sector, 'unknown')),
      ('criticalEntity', CASE WHEN t.critical_entity THEN 'yes' ELSE 'no' END),
      ('entityType', t.entity_type),
      ('category', t.category),
      ('severity', coalesce(t.severity, 'unknown')),
      ('rootCause', coalesce(t.root_cause, 'unknown')),
      ('crossBorder', coalesce(t.cross_border, 'unknown'))
    ) AS dk(dimension, key)
    WHERE NOT t.voluntary
    GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO trend_incident_month_cells (org_id, month, dimension, key, incidents, entities)
    SELECT org_id, month, dimension, key, sum(incidents), count(*) FROM trend_incident_months GROUP BY 1, 2, 3, 4;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE trend_incident_month_cells;
    DROP TABLE trend_incident_months;
    DROP TABLE trend_stage_month_cells;
    DROP TABLE trend_stage_months;
  `.execute(db);
}
