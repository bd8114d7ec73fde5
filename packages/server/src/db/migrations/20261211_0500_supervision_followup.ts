// The supervisor's later steps on a request to an entity on another installation (docs/DELIVERY.md,
// "Supervision requests over the same channel"): an assessment (more asked with a new period, or accepted) is a
// row of supervision_request_messages at the supervisor and travels on the pull like the request itself.
// - supervisor side: delivered_at is when the entity installation confirmed it stored the step. A step on a
//   request on this installation is delivered when written (the entity reads the same row), so only the steps
//   of remote requests wait; the backfill marks the existing local ones (and answers) delivered.
// - entity side: the pulled step is stored under the supervisor's message id (primary key (org_id, id): once),
//   delivered_reported false until the next pull has told the supervisor.
// Findings about a remote entity travel the same way, as a whole (one table for both ends, as requests):
// - supervisor side: entity_org_id is the registry's entity id (no organisation here: the foreign key goes),
//   remote_entity_name keeps its name; each change is a new version_id, delivered_at when the entity
//   installation confirmed it stored that version.
// - entity side: the copy, org_id = entity_org_id = the entity, pulled_from, supervisor_name; delivered_reported
//   false until the next pull has confirmed its version.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE supervision_request_messages
      ADD COLUMN delivered_at timestamptz,
      ADD COLUMN delivered_reported boolean NOT NULL DEFAULT true;
    UPDATE supervision_request_messages m SET delivered_at = m.at
      FROM supervision_requests q
      WHERE q.org_id = m.org_id AND q.id = m.request_id
        AND (m.kind = 'answer' OR q.remote_entity_name IS NULL);
    CREATE INDEX supervision_request_messages_undelivered_idx ON supervision_request_messages (org_id, request_id)
      WHERE delivered_at IS NULL;
    CREATE INDEX supervision_request_messages_unreported_idx ON supervision_request_messages (org_id)
      WHERE NOT delivered_reported;

    ALTER TABLE supervision_findings
      DROP CONSTRAINT supervision_findings_entity_org_id_fkey,
      DROP CONSTRAINT supervision_findings_check,
      ADD COLUMN remote_entity_name text CHECK (length(remote_entity_name) BETWEEN 1 AND 200),
      ADD COLUMN version_id uuid NOT NULL DEFAULT gen_random_uuid(),
      ADD COLUMN delivered_at timestamptz,
      ADD COLUMN pulled_from text CHECK (pulled_from IN ('csirt', 'competent_authority', 'sector_csirt')),
      ADD COLUMN supervisor_name text CHECK (length(supervisor_name) BETWEEN 1 AND 200),
      ADD COLUMN delivered_reported boolean NOT NULL DEFAULT true,
      ADD CONSTRAINT supervision_findings_parties_check CHECK (
        CASE WHEN pulled_from IS NULL THEN entity_org_id <> org_id AND supervisor_name IS NULL
             ELSE entity_org_id = org_id AND supervisor_name IS NOT NULL AND remote_entity_name IS NULL END
      );
    CREATE INDEX supervision_findings_undelivered_idx ON supervision_findings (org_id, entity_org_id)
      WHERE remote_entity_name IS NOT NULL AND delivered_at IS NULL;
    CREATE INDEX supervision_findings_unreported_idx ON supervision_findings (org_id, pulled_from)
      WHERE NOT delivered_reported;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM supervision_findings WHERE pulled_from IS NOT NULL OR remote_entity_name IS NOT NULL;
    DROP INDEX supervision_findings_unreported_idx;
    DROP INDEX supervision_findings_undelivered_idx;
    ALTER TABLE supervision_findings
      DROP CONSTRAINT supervision_findings_parties_check,
      DROP COLUMN delivered_reported,
      DROP COLUMN supervisor_name,
      DROP COLUMN pulled_from,
      DROP COLUMN delivered_at,
      DROP COLUMN version_id,
      DROP COLUMN remote_entity_name,
      ADD CONSTRAINT supervision_findings_check CHECK (entity_org_id <> org_id),
      ADD CONSTRAINT supervision_findings_entity_org_id_fkey
        FOREIGN KEY (entity_org_id) REFERENCES organisations (id) ON DELETE CASCADE;
    DROP INDEX supervision_request_messages_unreported_idx;
    DROP INDEX supervision_request_messages_undelivered_idx;
    ALTER TABLE supervision_request_messages DROP COLUMN delivered_reported, DROP COLUMN delivered_at;
  `.execute(db);
}
