import { sql, type Kysely } from 'kysely';

// Issue 13 item 3, what was left (migration 20261208_0310_continuity_plan_content):
// - A pack records what it printed: each plan's title as it stood then, beside the version number, so a past
//   pack shows the titles on its paper and not today's (a renamed plan keeps its printed title).
// - The name of who approved a version is frozen with the rest of an approved version: the trigger now
//   refuses a change of approved_by_name too (what was signed, and by whom, does not change afterwards).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE continuity_pack_plans ADD COLUMN title text;
    UPDATE continuity_pack_plans pp SET title = p.title
      FROM continuity_plans p WHERE p.org_id = pp.org_id AND p.id = pp.plan_id;
    ALTER TABLE continuity_pack_plans ALTER COLUMN title SET NOT NULL;

    CREATE OR REPLACE FUNCTION continuity_plan_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> 'draft' AND (
        NEW.content IS DISTINCT FROM OLD.content OR NEW.change_note IS DISTINCT FROM OLD.change_note
        OR NEW.version IS DISTINCT FROM OLD.version OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
        OR NEW.approved_by IS DISTINCT FROM OLD.approved_by OR NEW.approved_by_name IS DISTINCT FROM OLD.approved_by_name
        OR NEW.next_review_on IS DISTINCT FROM OLD.next_review_on
        OR NOT (NEW.status = OLD.status OR (OLD.status = 'approved' AND NEW.status = 'superseded'))
      ) THEN
        RAISE EXCEPTION 'continuity plan version % is approved and frozen', OLD.version USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION continuity_plan_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> 'draft' AND (
        NEW.content IS DISTINCT FROM OLD.content OR NEW.change_note IS DISTINCT FROM OLD.change_note
        OR NEW.version IS DISTINCT FROM OLD.version OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
        OR NEW.approved_by IS DISTINCT FROM OLD.approved_by OR NEW.next_review_on IS DISTINCT FROM OLD.next_review_on
        OR NOT (NEW.status = OLD.status OR (OLD.status = 'approved' AND NEW.status = 'superseded'))
      ) THEN
        RAISE EXCEPTION 'continuity plan version % is approved and frozen', OLD.version USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$;
    ALTER TABLE continuity_pack_plans DROP COLUMN title;
  `.execute(db);
}
