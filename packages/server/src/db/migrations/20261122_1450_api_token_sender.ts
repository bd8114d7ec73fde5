import { sql, type Kysely } from 'kysely';

// An API token that delivers submissions to the authority speaks for one sender (an entity's
// organisation id in its own installation): bound when created, or by its first delivery to a sender
// no other token serves yet. The intake refuses other senders; the feedback on a sender's reports is
// readable by the tokens bound to it (docs/DELIVERY.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE api_tokens ADD COLUMN sender_org_id uuid`.execute(db);
  // Tokens that delivered before this migration keep reading the feedback on their reports: bind each
  // to its sender, where everything it delivered names one sender (received_via ends in "(<token id>)").
  await sql`
    UPDATE api_tokens t
    SET sender_org_id = delivered.sender_org_id
    FROM (
      SELECT org_id,
             substring(received_via from '\\(([0-9a-f-]{36})\\)$')::uuid AS token_id,
             (array_agg(DISTINCT sender_org_id))[1] AS sender_org_id
      FROM received_submissions
      WHERE received_via ~ '\\([0-9a-f-]{36}\\)$'
      GROUP BY 1, 2
      HAVING count(DISTINCT sender_org_id) = 1
    ) delivered
    WHERE t.org_id = delivered.org_id AND t.id = delivered.token_id AND t.sender_org_id IS NULL
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE api_tokens DROP COLUMN sender_org_id`.execute(db);
}
