import { sql, type Kysely } from 'kysely';

// Crisis coordination (issue 16 items 1, 2, 5): an authority organisation (org_id) declares a crisis or a
// heightened state under the national plan for large-scale incidents and crises (Cbw arts. 18, 20; NIS2
// Art. 9(4)). The escalation levels and the decision-making structures are configurable data per authority
// organisation (crisis_settings; core/crisis/crisis-levels.ts has the defaults): the LCP-D's own levels are
// unverified (../shared/domain/nis2-cer-reference.md §6.5).
// Other organisations take part as members (crisis_member_orgs, read across tenants by member_org_id, as
// exercise invitations are); people have a crisis-team role on top of their platform role (crisis_team).
// An exercise crisis (is_exercise) is never mixed with real ones; exercise_agenda_item_id gets its foreign
// key from the exercise-agenda migration. Actions and the improvement actions from lessons are rows of the
// one task mechanism (incident_tasks, with crisis_id as their source), the list "Mijn taken" reads.
// Decisions and sitreps are append-only: a sitrep is a frozen, numbered snapshot.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE crisis_settings (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      -- [{ key, label, rank }] and [{ key, label }], validated by core/crisis (CrisisSettingsSchema).
      levels jsonb NOT NULL,
      structures jsonb NOT NULL,
      default_sitrep_interval_minutes integer NOT NULL DEFAULT 240 CHECK (default_sitrep_interval_minutes BETWEEN 15 AND 10080),
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id)
    );

    CREATE TABLE crises (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      -- CR-2026-001 (real) or OEF-2026-001 (exercise), numbered per organisation under its row lock.
      reference text NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
      level text NOT NULL CHECK (length(level) BETWEEN 1 AND 60),
      status text NOT NULL DEFAULT 'declared' CHECK (status IN ('declared', 'de-escalated', 'closed')),
      sectors text[] NOT NULL DEFAULT '{}',
      regions text[] NOT NULL DEFAULT '{}',
      -- Keys of the decision-making structures (crisis_settings.structures) this crisis feeds.
      structures text[] NOT NULL DEFAULT '{}',
      sitrep_interval_minutes integer NOT NULL DEFAULT 240 CHECK (sitrep_interval_minutes BETWEEN 15 AND 10080),
      is_exercise boolean NOT NULL DEFAULT false,
      exercise_agenda_item_id uuid NULL,
      declared_at timestamptz NOT NULL,
      declared_by text NOT NULL,
      declared_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      closed_at timestamptz,
      closed_by text,
      evaluation text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, reference),
      CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
      CHECK (status <> 'closed' OR evaluation IS NOT NULL),
      CHECK (exercise_agenda_item_id IS NULL OR is_exercise)
    );
    CREATE INDEX crises_list_idx ON crises (org_id, is_exercise, declared_at DESC);

    -- Every level change, with its reason and time (the first row is the declaration).
    CREATE TABLE crisis_level_changes (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      -- The order of changes made within one clock reading (one transaction's now).
      seq bigint GENERATED ALWAYS AS IDENTITY,
      crisis_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('declared', 'escalated', 'de-escalated', 'closed')),
      from_level text,
      to_level text NOT NULL,
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
      changed_by text NOT NULL,
      changed_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE,
      CHECK ((kind = 'declared') = (from_level IS NULL))
    );
    CREATE INDEX crisis_level_changes_idx ON crisis_level_changes (org_id, crisis_id, changed_at);

    -- Organisations taking part in the crisis room (policies.ts memberOrgIds).
    CREATE TABLE crisis_member_orgs (
      org_id uuid NOT NULL,
      crisis_id uuid NOT NULL,
      member_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      added_by text NOT NULL,
      added_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, crisis_id, member_org_id),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE,
      CHECK (member_org_id <> org_id)
    );
    CREATE INDEX crisis_member_orgs_member_idx ON crisis_member_orgs (member_org_id, org_id, crisis_id);

    -- The crisis team: people (of the authority or a member organisation) with their crisis-team role.
    CREATE TABLE crisis_team (
      org_id uuid NOT NULL,
      crisis_id uuid NOT NULL,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('coordinator', 'analyst', 'observer')),
      added_by text NOT NULL,
      added_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, crisis_id, user_id),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE
    );

    -- Scope: the received reports, advisories and observables the crisis concerns (never for an exercise:
    -- the use case refuses real items in an exercise crisis).
    CREATE TABLE crisis_inbox_reports (
      org_id uuid NOT NULL,
      crisis_id uuid NOT NULL,
      submission_id uuid NOT NULL,
      added_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, crisis_id, submission_id),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, submission_id) REFERENCES inbox_reports (org_id, submission_id) ON DELETE CASCADE
    );
    CREATE TABLE crisis_advisories (
      org_id uuid NOT NULL,
      crisis_id uuid NOT NULL,
      advisory_id uuid NOT NULL,
      added_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, crisis_id, advisory_id),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, advisory_id) REFERENCES csaf_advisories (org_id, id) ON DELETE CASCADE
    );
    CREATE TABLE crisis_observables (
      org_id uuid NOT NULL,
      crisis_id uuid NOT NULL,
      indicator_type text NOT NULL CHECK (length(indicator_type) BETWEEN 1 AND 60),
      indicator_value text NOT NULL CHECK (length(indicator_value) BETWEEN 1 AND 2000),
      added_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, crisis_id, indicator_type, indicator_value),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE
    );

    -- The situation picture: facts with their source and time, each known, unknown or assumed.
    CREATE TABLE crisis_facts (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      crisis_id uuid NOT NULL,
      statement text NOT NULL CHECK (length(statement) BETWEEN 1 AND 4000),
      certainty text NOT NULL CHECK (certainty IN ('known', 'unknown', 'assumed')),
      source text NOT NULL CHECK (length(source) BETWEEN 1 AND 400),
      observed_at timestamptz NOT NULL,
      recorded_by text NOT NULL,
      recorded_by_org_id uuid NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX crisis_facts_idx ON crisis_facts (org_id, crisis_id, observed_at);

    -- The decision log (besluitenlijst): numbered, append-only.
    CREATE TABLE crisis_decisions (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      crisis_id uuid NOT NULL,
      number integer NOT NULL CHECK (number > 0),
      decision text NOT NULL CHECK (length(decision) BETWEEN 1 AND 4000),
      decided_by text NOT NULL CHECK (length(decided_by) BETWEEN 1 AND 200),
      decided_at timestamptz NOT NULL,
      basis text NOT NULL CHECK (length(basis) BETWEEN 1 AND 4000),
      structure text,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, crisis_id, number),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE
    );

    -- Situation reports: each a frozen, numbered snapshot of the crisis at the time it was issued.
    CREATE TABLE crisis_sitreps (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      crisis_id uuid NOT NULL,
      number integer NOT NULL CHECK (number > 0),
      summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 10000),
      content jsonb NOT NULL,
      issued_by text NOT NULL,
      issued_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, crisis_id, number),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE
    );

    CREATE FUNCTION crisis_record_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
    END $$;
    CREATE TRIGGER crisis_decisions_append_only BEFORE UPDATE ON crisis_decisions
      FOR EACH ROW EXECUTE FUNCTION crisis_record_immutable();
    CREATE TRIGGER crisis_sitreps_frozen BEFORE UPDATE ON crisis_sitreps
      FOR EACH ROW EXECUTE FUNCTION crisis_record_immutable();

    -- Lessons from the evaluation; each may have become an improvement action (incident_tasks).
    CREATE TABLE crisis_lessons (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      crisis_id uuid NOT NULL,
      lesson text NOT NULL CHECK (length(lesson) BETWEEN 1 AND 4000),
      task_id uuid,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, task_id) REFERENCES incident_tasks (org_id, id) ON DELETE SET NULL (task_id)
    );

    -- The one task mechanism gains a third source: a crisis (its actions, and improvement actions of lessons).
    ALTER TABLE incident_tasks
      ADD COLUMN crisis_id uuid,
      ADD CONSTRAINT incident_tasks_crisis_fk FOREIGN KEY (org_id, crisis_id)
        REFERENCES crises (org_id, id) ON DELETE CASCADE,
      DROP CONSTRAINT incident_tasks_one_source,
      ADD CONSTRAINT incident_tasks_one_source CHECK (num_nonnulls(incident_id, exercise_id, crisis_id) = 1);
    CREATE INDEX incident_tasks_crisis_idx ON incident_tasks (org_id, crisis_id) WHERE crisis_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM incident_tasks WHERE crisis_id IS NOT NULL;
    ALTER TABLE incident_tasks
      DROP CONSTRAINT incident_tasks_one_source,
      ADD CONSTRAINT incident_tasks_one_source CHECK (num_nonnulls(incident_id, exercise_id) = 1),
      DROP COLUMN crisis_id;
    DROP TABLE crisis_lessons;
    DROP TABLE crisis_sitreps;
    DROP TABLE crisis_decisions;
    DROP FUNCTION crisis_record_immutable();
    DROP TABLE crisis_facts;
    DROP TABLE crisis_observables;
    DROP TABLE crisis_advisories;
    DROP TABLE crisis_inbox_reports;
    DROP TABLE crisis_team;
    DROP TABLE crisis_member_orgs;
    DROP TABLE crisis_level_changes;
    DROP TABLE crises;
    DROP TABLE crisis_settings;
  `.execute(db);
}
