import { sql, type Kysely } from 'kysely';

// The board and the measures (issue 12, item 5): the management body's approvals of the set of
// measures (NIS2 Art. 20(1); Cbw art. 24(1)) and its members' cybersecurity training (NIS2 Art. 20(2);
// Cbw art. 24(2)-(5)). Tenant tables: org_id NOT NULL, every key starts with org_id.
//
// An approval is a record of a decision: never edited, never deleted on its own (a new approval, with
// the next version number, supersedes it). It keeps the status and maturity of every implementation
// record it approved (snapshot), so the next approval can say what changed since, and the changes it
// found itself. Only the removal of the whole organisation takes approvals with it.
// Dates are ISO calendar dates as text, like the measures tables (20261207_2200).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE measure_approvals (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      version integer NOT NULL CHECK (version > 0),
      approved_on text NOT NULL CHECK (approved_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      approver_name text NOT NULL CHECK (length(approver_name) BETWEEN 1 AND 200),
      approver_function text NOT NULL CHECK (length(approver_function) BETWEEN 1 AND 200),
      decision text NOT NULL CHECK (length(decision) BETWEEN 1 AND 5000),
      snapshot jsonb NOT NULL CHECK (jsonb_typeof(snapshot) = 'object'),
      changes jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array'),
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, version)
    );

    CREATE FUNCTION measure_approvals_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- A DELETE cascading from the organisation runs inside the foreign key's trigger (depth > 1).
      IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
        RETURN OLD;
      END IF;
      RAISE EXCEPTION 'board approvals are immutable (% refused); record a new approval', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER measure_approvals_no_change BEFORE UPDATE OR DELETE ON measure_approvals
      FOR EACH ROW EXECUTE FUNCTION measure_approvals_immutable();

    CREATE TABLE board_trainings (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      person_name text NOT NULL CHECK (length(person_name) BETWEEN 1 AND 200),
      board_role text NOT NULL CHECK (length(board_role) BETWEEN 1 AND 200),
      training_name text NOT NULL CHECK (length(training_name) BETWEEN 1 AND 200),
      completed_on text NOT NULL CHECK (completed_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      expires_on text CHECK (expires_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      CONSTRAINT board_trainings_expiry_after_training CHECK (expires_on IS NULL OR expires_on >= completed_on)
    );
    CREATE INDEX board_trainings_person_idx ON board_trainings (org_id, person_name, completed_on);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE board_trainings;
    DROP TABLE measure_approvals;
    DROP FUNCTION measure_approvals_immutable();
  `.execute(db);
}
