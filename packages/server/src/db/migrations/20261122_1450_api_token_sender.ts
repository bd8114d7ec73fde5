import { sql, type Kysely } from 'kysely';

// An API token that delivers submissions to the authority speaks for one sender (an entity's
// organisation id in its own installation). Bound when created, or by its first delivery; the intake
// refuses other senders and the feedback for a sender's reports is readable by every token bound to it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE api_tokens ADD COLUMN sender_org_id uuid`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE api_tokens DROP COLUMN sender_org_id`.execute(db);
}
