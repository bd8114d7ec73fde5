import { sql, type Kysely } from 'kysely';

// Staff in critical functions and their awareness (issue 13 item 5; NIS2 Art. 21(2)(g), Art. 20(2); CER Art.
// 13(1)(e)-(f)), and exercises of the continuity plans (item 6). Dates without a time are ISO text like
// board_trainings. An exercise's improvement actions are rows of incident_tasks with the exercise as their
// source: one improvement-action mechanism for incidents and exercises (exactly one source, a CHECK).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE critical_roles (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, name)
    );

    -- The services (assets of the shared graph) a critical role keeps running.
    CREATE TABLE critical_role_services (
      org_id uuid NOT NULL,
      role_id uuid NOT NULL,
      service_id uuid NOT NULL,
      PRIMARY KEY (org_id, role_id, service_id),
      FOREIGN KEY (org_id, role_id) REFERENCES critical_roles (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, service_id) REFERENCES assets (org_id, id) ON DELETE CASCADE
    );

    -- Who fills a role: a member of the organisation (user_id) or a named person without an account.
    CREATE TABLE critical_role_holders (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      role_id uuid NOT NULL,
      person_name text NOT NULL CHECK (length(person_name) BETWEEN 1 AND 200),
      user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      deputy boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, role_id, person_name),
      FOREIGN KEY (org_id, role_id) REFERENCES critical_roles (org_id, id) ON DELETE CASCADE
    );

    CREATE TABLE awareness_activities (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN ('awareness', 'training')),
      due_on text CHECK (due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      validity_months integer CHECK (validity_months BETWEEN 1 AND 120),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id)
    );

    -- The critical roles whose holders must attend an activity.
    CREATE TABLE awareness_activity_roles (
      org_id uuid NOT NULL,
      activity_id uuid NOT NULL,
      role_id uuid NOT NULL,
      PRIMARY KEY (org_id, activity_id, role_id),
      FOREIGN KEY (org_id, activity_id) REFERENCES awareness_activities (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, role_id) REFERENCES critical_roles (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX awareness_activity_roles_role_idx ON awareness_activity_roles (org_id, role_id);

    CREATE TABLE awareness_attendance (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      activity_id uuid NOT NULL,
      person_name text NOT NULL CHECK (length(person_name) BETWEEN 1 AND 200),
      attended_on text NOT NULL CHECK (attended_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      expires_on text CHECK (expires_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, activity_id, person_name, attended_on),
      FOREIGN KEY (org_id, activity_id) REFERENCES awareness_activities (org_id, id) ON DELETE CASCADE,
      CHECK (expires_on IS NULL OR expires_on >= attended_on)
    );

    CREATE TABLE exercises (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN ('tabletop', 'technical', 'full-scale')),
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'evaluated', 'cancelled')),
      scenario_id uuid NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz,
      objectives jsonb NOT NULL DEFAULT '[]',
      participants jsonb NOT NULL DEFAULT '[]',
      evaluation text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, scenario_id) REFERENCES risk_scenarios (org_id, id) ON DELETE RESTRICT,
      CHECK (ends_at IS NULL OR ends_at >= starts_at)
    );
    CREATE INDEX exercises_starts_idx ON exercises (org_id, starts_at);

    CREATE TABLE exercise_plans (
      org_id uuid NOT NULL,
      exercise_id uuid NOT NULL,
      plan_id uuid NOT NULL,
      PRIMARY KEY (org_id, exercise_id, plan_id),
      FOREIGN KEY (org_id, exercise_id) REFERENCES exercises (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, plan_id) REFERENCES continuity_plans (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX exercise_plans_plan_idx ON exercise_plans (org_id, plan_id);

    -- Another organisation on this installation invited to take part. The row is the organiser's (org_id);
    -- the invited organisation reads its own invitations by invited_org_id, and sees only the invitation's
    -- facts (core exercise.contracts.ts ReceivedInvitationSchema).
    CREATE TABLE exercise_invitations (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      exercise_id uuid NOT NULL,
      invited_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (length(role) BETWEEN 1 AND 200),
      status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'accepted', 'declined')),
      responded_at timestamptz,
      responded_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, exercise_id, invited_org_id),
      FOREIGN KEY (org_id, exercise_id) REFERENCES exercises (org_id, id) ON DELETE CASCADE,
      CHECK (invited_org_id <> org_id),
      CHECK ((status = 'invited') = (responded_at IS NULL))
    );
    CREATE INDEX exercise_invitations_invited_idx ON exercise_invitations (invited_org_id, created_at);

    -- The run log: injects, decisions and observations with the time they happened.
    CREATE TABLE exercise_log_entries (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      exercise_id uuid NOT NULL,
      occurred_at timestamptz NOT NULL,
      kind text NOT NULL CHECK (kind IN ('inject', 'decision', 'observation')),
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
      recorded_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, exercise_id) REFERENCES exercises (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX exercise_log_entries_idx ON exercise_log_entries (org_id, exercise_id, occurred_at);

    CREATE TABLE exercise_findings (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      exercise_id uuid NOT NULL,
      text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, exercise_id, id),
      FOREIGN KEY (org_id, exercise_id) REFERENCES exercises (org_id, id) ON DELETE CASCADE
    );

    -- One improvement-action mechanism: a task comes from an incident or from an exercise (then it is an
    -- improvement action, optionally of one of the exercise's findings), never both, never neither.
    ALTER TABLE incident_tasks
      ALTER COLUMN incident_id DROP NOT NULL,
      ADD COLUMN exercise_id uuid,
      ADD COLUMN finding_id uuid,
      ADD CONSTRAINT incident_tasks_exercise_fk FOREIGN KEY (org_id, exercise_id)
        REFERENCES exercises (org_id, id) ON DELETE CASCADE,
      ADD CONSTRAINT incident_tasks_finding_fk FOREIGN KEY (org_id, exercise_id, finding_id)
        REFERENCES exercise_findings (org_id, exercise_id, id) ON DELETE CASCADE,
      ADD CONSTRAINT incident_tasks_one_source CHECK (num_nonnulls(incident_id, exercise_id) = 1),
      ADD CONSTRAINT incident_tasks_exercise_improvement CHECK (exercise_id IS NULL OR kind = 'improvement'),
      ADD CONSTRAINT incident_tasks_finding_of_exercise CHECK (finding_id IS NULL OR exercise_id IS NOT NULL);
    CREATE INDEX incident_tasks_exercise_idx ON incident_tasks (org_id, exercise_id) WHERE exercise_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM incident_tasks WHERE exercise_id IS NOT NULL;
    DROP INDEX incident_tasks_exercise_idx;
    ALTER TABLE incident_tasks
      DROP CONSTRAINT incident_tasks_finding_of_exercise,
      DROP CONSTRAINT incident_tasks_exercise_improvement,
      DROP CONSTRAINT incident_tasks_one_source,
      DROP CONSTRAINT incident_tasks_finding_fk,
      DROP CONSTRAINT incident_tasks_exercise_fk,
      DROP COLUMN finding_id,
      DROP COLUMN exercise_id,
      ALTER COLUMN incident_id SET NOT NULL;
    DROP TABLE exercise_findings, exercise_log_entries, exercise_invitations, exercise_plans, exercises,
      awareness_attendance, awareness_activity_roles, awareness_activities, critical_role_holders,
      critical_role_services, critical_roles;
  `.execute(db);
}
