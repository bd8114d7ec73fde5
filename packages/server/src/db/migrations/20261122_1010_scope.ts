import { sql, type Kysely } from 'kysely';

// Saved scope self-assessments: the organisation's history of "does the Cbw apply to us?".
// The answers, the outcome and the rules version are kept as evaluated, so an old assessment still
// shows what it said then even after the rules change (docs/scope-rules.md, SCOPE_RULES_VERSION).
// Rows are never updated: a new answer is a new assessment.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE scope_assessments (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      input jsonb NOT NULL,
      result jsonb NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('definite', 'conditional')),
      entity_type_ref text NOT NULL,
      eu_classification text CHECK (eu_classification IN ('out_of_scope', 'important', 'essential')),
      nl_classification text CHECK (nl_classification IN ('out_of_scope', 'important', 'essential')),
      rules_version text NOT NULL,
      actor_type text NOT NULL,
      actor_id uuid,
      actor_label text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id)
    );
    CREATE INDEX scope_assessments_history_idx ON scope_assessments (org_id, created_at DESC, id DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE scope_assessments`.execute(db);
}
