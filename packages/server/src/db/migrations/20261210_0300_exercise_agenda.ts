import { sql, type Kysely } from 'kysely';

// The interdepartmental exercise agenda (issue 16 item 6). An authority organisation (org_id) keeps a
// multi-year agenda; its items name one of the nine RbRA threat themes (core/risk THREAT_THEMES ids) and
// invite organisations on this installation (invited_org_id): the invited organisation reads its own
// invitations by invited_org_id, the one read across tenants, as exercise invitations and supervision do.
// An invited entity may link one of its own continuity exercises (linked_exercise_id, a row of its own
// exercises table): a link, never a copy.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE exercise_agendas (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      first_year integer NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
      last_year integer NOT NULL CHECK (last_year BETWEEN 2000 AND 2100),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      CHECK (last_year >= first_year)
    );

    CREATE TABLE exercise_agenda_items (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      agenda_id uuid NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      theme text NOT NULL CHECK (theme IN ('climate-natural-disasters', 'infectious-diseases', 'major-accidents',
        'polarisation-extremism-terrorism', 'undesirable-interference', 'international-military-threats',
        'economic-threats', 'cyber-threats', 'critical-infrastructure-threats')),
      scenario text NOT NULL CHECK (length(scenario) BETWEEN 1 AND 2000),
      threat_id text,
      organiser text NOT NULL CHECK (length(organiser) BETWEEN 1 AND 200),
      objectives jsonb NOT NULL DEFAULT '[]',
      other_participants jsonb NOT NULL DEFAULT '[]',
      planned_from text NOT NULL CHECK (planned_from ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      planned_to text NOT NULL CHECK (planned_to ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      status text NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'prepared', 'held', 'evaluated', 'cancelled')),
      findings text,
      lessons text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, agenda_id) REFERENCES exercise_agendas (org_id, id) ON DELETE CASCADE,
      CHECK (planned_to >= planned_from)
    );
    CREATE INDEX exercise_agenda_items_agenda_idx ON exercise_agenda_items (org_id, agenda_id, planned_from);

    CREATE TABLE exercise_agenda_invitations (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      item_id uuid NOT NULL,
      invited_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'confirmed', 'declined')),
      responded_at timestamptz,
      responded_by text,
      -- The invited organisation's own exercise that is its part (a row of its exercises; the authority sees only
      -- that one exists). No foreign key: it would cross tenants (another org_id), which Citus cannot co-locate;
      -- the use case checks the exercise is the invited organisation's own, and reads join on both ids.
      linked_exercise_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, item_id, invited_org_id),
      FOREIGN KEY (org_id, item_id) REFERENCES exercise_agenda_items (org_id, id) ON DELETE CASCADE,
      CHECK (invited_org_id <> org_id),
      CHECK ((status = 'invited') = (responded_at IS NULL))
    );
    CREATE INDEX exercise_agenda_invitations_invited_idx ON exercise_agenda_invitations (invited_org_id, created_at);

    -- Exercise mode: a crisis started from an agenda item (the crisis module's crises, migration
    -- 20261210_0100_crisis, is_exercise) names the item; one exercise crisis per item.
    ALTER TABLE crises ADD CONSTRAINT crises_exercise_agenda_item_fk
      FOREIGN KEY (org_id, exercise_agenda_item_id) REFERENCES exercise_agenda_items (org_id, id);
    CREATE UNIQUE INDEX crises_exercise_agenda_item_idx ON crises (org_id, exercise_agenda_item_id)
      WHERE exercise_agenda_item_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX crises_exercise_agenda_item_idx;
    ALTER TABLE crises DROP CONSTRAINT crises_exercise_agenda_item_fk;
    DROP TABLE exercise_agenda_invitations;
    DROP TABLE exercise_agenda_items;
    DROP TABLE exercise_agendas;
  `.execute(db);
}
