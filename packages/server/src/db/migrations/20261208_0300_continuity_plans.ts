import { sql, type Kysely } from 'kysely';

// The continuity plans and crisis-management protocols of an organisation (issue 13 item 2; NIS2
// Art. 21(2)(c): business continuity and crisis management; CER Art. 13(1)(c)-(d)). This migration holds
// the plan's identity only, so that exercises (which test plans) can reference it; the plan's content,
// versions and approvals follow in the continuity migrations after it. A continuity plan is about one
// service from the shared graph; a crisis protocol is about the organisation (no service).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE continuity_plans (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('continuity', 'crisis')),
      service_id uuid,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, service_id) REFERENCES assets (org_id, id) ON DELETE RESTRICT,
      CHECK ((kind = 'continuity') = (service_id IS NOT NULL))
    );
    CREATE INDEX continuity_plans_service_idx ON continuity_plans (org_id, service_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE continuity_plans`.execute(db);
}
