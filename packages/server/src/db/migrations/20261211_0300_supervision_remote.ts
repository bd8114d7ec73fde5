// Supervision requests to an entity on another installation (docs/DELIVERY.md, "Authority → entity"): the
// request travels over the pull channel of crisis requests, the answer back as a submission
// ('information-request-answer'). One table holds both ends, told apart by their columns:
// - the supervisor's row of a request to a remote entity: entity_org_id is the registry's entity id (the
//   entity's organisation on its own installation, the sender id its token is bound to), so it names no
//   organisation here (the foreign key goes); remote_entity_name keeps the name; delivered_at is when the
//   entity installation confirmed it stored it.
// - the entity's copy, pulled: org_id = entity_org_id = the entity, the same id as the supervisor's row (stored
//   once by it), pulled_from = the delivery target it came over (the answer goes back there), supervisor_name.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE supervision_requests
      DROP CONSTRAINT supervision_requests_entity_org_id_fkey,
      DROP CONSTRAINT supervision_requests_check,
      ADD COLUMN remote_entity_name text CHECK (length(remote_entity_name) BETWEEN 1 AND 200),
      ADD COLUMN delivered_at timestamptz,
      ADD COLUMN pulled_from text CHECK (pulled_from IN ('csirt', 'competent_authority', 'sector_csirt')),
      ADD COLUMN supervisor_name text CHECK (length(supervisor_name) BETWEEN 1 AND 200),
      ADD COLUMN delivered_reported boolean NOT NULL DEFAULT true,
      ADD CONSTRAINT supervision_requests_parties_check CHECK (
        CASE WHEN pulled_from IS NULL THEN entity_org_id <> org_id AND supervisor_name IS NULL
             ELSE entity_org_id = org_id AND supervisor_name IS NOT NULL AND remote_entity_name IS NULL END
      );
    CREATE INDEX supervision_requests_undelivered_idx ON supervision_requests (org_id, entity_org_id)
      WHERE remote_entity_name IS NOT NULL AND delivered_at IS NULL;
    CREATE INDEX supervision_requests_unreported_idx ON supervision_requests (org_id, pulled_from)
      WHERE NOT delivered_reported;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM supervision_requests WHERE pulled_from IS NOT NULL OR remote_entity_name IS NOT NULL;
    DROP INDEX supervision_requests_unreported_idx;
    DROP INDEX supervision_requests_undelivered_idx;
    ALTER TABLE supervision_requests
      DROP CONSTRAINT supervision_requests_parties_check,
      DROP COLUMN delivered_reported,
      DROP COLUMN supervisor_name,
      DROP COLUMN pulled_from,
      DROP COLUMN delivered_at,
      DROP COLUMN remote_entity_name,
      ADD CONSTRAINT supervision_requests_check CHECK (entity_org_id <> org_id),
      ADD CONSTRAINT supervision_requests_entity_org_id_fkey
        FOREIGN KEY (entity_org_id) REFERENCES organisations (id) ON DELETE CASCADE;
  `.execute(db);
}
