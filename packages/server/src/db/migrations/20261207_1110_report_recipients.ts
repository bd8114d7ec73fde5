import { sql, type Kysely } from 'kysely';

// Both recipients (docs/DELIVERY.md, "Both recipients"): Cbw arts. 26(1), 27(1) and 29(1) send each report to
// the CSIRT and the competent authority, and nothing in the Cbw makes one delivery reach the other. So a
// delivery target per recipient, and an outbox entry (with its own receipt) per recipient of a submission;
// the submission id stays the same for both, so an intake that serves both answers the same receipt twice.
// Existing targets were the one intake every report went to: they now serve both recipients (the copy can
// be changed on its own), so no report waits for a target that was never asked for.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE delivery_targets
      ADD COLUMN recipient text NOT NULL DEFAULT 'csirt' CHECK (recipient IN ('csirt', 'competent_authority'));
    ALTER TABLE delivery_targets DROP CONSTRAINT delivery_targets_pkey, ADD PRIMARY KEY (org_id, recipient);
    INSERT INTO delivery_targets (org_id, recipient, authority_url, api_token_ciphertext, pinned_key_id, pinned_public_key, updated_at)
      SELECT org_id, 'competent_authority', authority_url, api_token_ciphertext, pinned_key_id, pinned_public_key, updated_at
      FROM delivery_targets WHERE recipient = 'csirt';

    ALTER TABLE submissions_outbox
      ADD COLUMN recipient text NOT NULL DEFAULT 'csirt' CHECK (recipient IN ('csirt', 'competent_authority'));
    ALTER TABLE submissions_outbox DROP CONSTRAINT submissions_outbox_pkey, ADD PRIMARY KEY (org_id, id, recipient);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM submissions_outbox WHERE recipient <> 'csirt';
    ALTER TABLE submissions_outbox DROP CONSTRAINT submissions_outbox_pkey, ADD PRIMARY KEY (org_id, id);
    ALTER TABLE submissions_outbox DROP COLUMN recipient;
    DELETE FROM delivery_targets WHERE recipient <> 'csirt';
    ALTER TABLE delivery_targets DROP CONSTRAINT delivery_targets_pkey, ADD PRIMARY KEY (org_id);
    ALTER TABLE delivery_targets DROP COLUMN recipient;
  `.execute(db);
}
