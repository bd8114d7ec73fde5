import { sql, type Kysely } from 'kysely';

// The content, versions and approvals of continuity plans and crisis protocols, and the offline packs made
// of them (issue 13 items 2-3; NIS2 Art. 21(2)(c); CER Art. 13(1)(c)-(d); Impl. Reg. 2024/2690 Annex 4.1).
// A version is a draft until it is approved; from then on it is frozen (a trigger refuses a change of its
// content) and a change makes a new draft. At most one draft and one approved version per plan; the older
// approved versions are superseded. A pack records which plan versions it printed, so the platform can say
// when the paper is older than the plans in force.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE continuity_plans
      ADD COLUMN incident_response_plan boolean NOT NULL DEFAULT false,
      ADD CONSTRAINT continuity_plans_irp_is_crisis CHECK (NOT incident_response_plan OR kind = 'crisis');
    CREATE UNIQUE INDEX continuity_plans_one_irp ON continuity_plans (org_id) WHERE incident_response_plan;

    CREATE TABLE continuity_plan_versions (
      org_id uuid NOT NULL,
      plan_id uuid NOT NULL,
      version integer NOT NULL CHECK (version >= 1),
      status text NOT NULL CHECK (status IN ('draft', 'approved', 'superseded')),
      content jsonb NOT NULL,
      change_note text NOT NULL DEFAULT '',
      created_by_name text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      approved_by uuid,
      approved_by_name text,
      approved_at timestamptz,
      next_review_on date,
      PRIMARY KEY (org_id, plan_id, version),
      FOREIGN KEY (org_id, plan_id) REFERENCES continuity_plans (org_id, id) ON DELETE CASCADE,
      CHECK ((status = 'draft') = (approved_at IS NULL)),
      CHECK (status = 'draft' OR next_review_on IS NOT NULL)
    );
    CREATE UNIQUE INDEX continuity_plan_versions_one_draft ON continuity_plan_versions (org_id, plan_id)
      WHERE status = 'draft';
    CREATE UNIQUE INDEX continuity_plan_versions_one_approved ON continuity_plan_versions (org_id, plan_id)
      WHERE status = 'approved';

    -- An approved version is what was signed: its content, note and approval never change again; the only
    -- change left is approved -> superseded when a newer version is approved.
    CREATE FUNCTION continuity_plan_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
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
    CREATE TRIGGER continuity_plan_versions_frozen BEFORE UPDATE ON continuity_plan_versions
      FOR EACH ROW EXECUTE FUNCTION continuity_plan_versions_frozen();

    CREATE TABLE continuity_packs (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      pack_version integer NOT NULL CHECK (pack_version >= 1),
      made_at timestamptz NOT NULL,
      made_by_name text,
      via text NOT NULL CHECK (via IN ('web', 'cli')),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, pack_version)
    );
    CREATE TABLE continuity_pack_plans (
      org_id uuid NOT NULL,
      pack_id uuid NOT NULL,
      plan_id uuid NOT NULL,
      version integer NOT NULL,
      PRIMARY KEY (org_id, pack_id, plan_id),
      FOREIGN KEY (org_id, pack_id) REFERENCES continuity_packs (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, plan_id, version) REFERENCES continuity_plan_versions (org_id, plan_id, version)
        ON DELETE CASCADE
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE continuity_pack_plans;
    DROP TABLE continuity_packs;
    DROP TABLE continuity_plan_versions;
    DROP FUNCTION continuity_plan_versions_frozen();
    DROP INDEX continuity_plans_one_irp;
    ALTER TABLE continuity_plans DROP CONSTRAINT continuity_plans_irp_is_crisis, DROP COLUMN incident_response_plan;
  `.execute(db);
}
