import { sql, type Kysely } from 'kysely';

// A job's dedupe key is unique per organisation, not across all of them: a client-chosen id (a
// report id) reused by another tenant must never make `ON CONFLICT DO NOTHING` swallow this
// tenant's job. Platform jobs belong to the nil organisation, as the platform audit chain does.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE jobs SET org_id = '00000000-0000-0000-0000-000000000000' WHERE org_id IS NULL;
    ALTER TABLE jobs
      ALTER COLUMN org_id SET DEFAULT '00000000-0000-0000-0000-000000000000',
      ALTER COLUMN org_id SET NOT NULL,
      DROP CONSTRAINT jobs_dedupe_key_key,
      ADD CONSTRAINT jobs_org_dedupe_key_key UNIQUE (org_id, dedupe_key);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE jobs
      DROP CONSTRAINT jobs_org_dedupe_key_key,
      ADD CONSTRAINT jobs_dedupe_key_key UNIQUE (dedupe_key),
      ALTER COLUMN org_id DROP NOT NULL,
      ALTER COLUMN org_id DROP DEFAULT;
    UPDATE jobs SET org_id = NULL WHERE org_id = '00000000-0000-0000-0000-000000000000';
  `.execute(db);
}
