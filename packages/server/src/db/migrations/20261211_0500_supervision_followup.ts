// The supervisor's later steps on a request to an entity on another installation (docs/DELIVERY.md,
// "Supervision requests over the same channel"): an assessment (more asked with a new period, or accepted) is a
// row of supervision_request_messages at the supervisor and travels on the pull like the request itself.
// - supervisor side: delivered_at is when the entity installation confirmed it stored the step. A step on a
//   request on this installation is delivered when written (the entity reads the same row), so only the steps
//   of remote requests wait; the backfill marks the existing local ones (and answers) delivered.
// - entity side: the pulled step is stored under the supervisor's message id (primary key (org_id, id): once),
//   delivered_reported false until the next pull has told the supervisor.
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
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX supervision_request_messages_unreported_idx;
    DROP INDEX supervision_request_messages_undelivered_idx;
    ALTER TABLE supervision_request_messages DROP COLUMN delivered_reported, DROP COLUMN delivered_at;
  `.execute(db);
}
