import { sql, type Kysely } from 'kysely';

// Two things of docs/DELIVERY.md:
// - "Addressee": which competent authorities an authority organisation acts for (Cbw art. 15: the minister per
//   sector, or the body acting for it), by name as the sector table gives them. The intake refuses a report
//   addressed to another competent authority (core delivery/addressee.ts). No rows: it receives for any, as
//   before, so every existing installation keeps receiving what it did.
// - "Copies to a sector CSIRT": up to three copies, each a recipient of its own ('sector_csirt', the existing
//   one, and 'sector_csirt_2', 'sector_csirt_3'). Every key that holds a recipient (delivery target, outbox entry,
//   pulled messages and their pull chain, a supervision request pulled over a target) accepts them; no key
//   changes, so each copy keeps the guarantees of the first: one target, one entry, one receipt.
const RECIPIENTS = `('csirt', 'competent_authority', 'sector_csirt', 'sector_csirt_2', 'sector_csirt_3')`;
const BEFORE = `('csirt', 'competent_authority', 'sector_csirt')`;

const recipientChecks = (list: string) => `
    ALTER TABLE delivery_targets DROP CONSTRAINT delivery_targets_recipient_check,
      ADD CONSTRAINT delivery_targets_recipient_check CHECK (recipient IN ${list});
    ALTER TABLE submissions_outbox DROP CONSTRAINT submissions_outbox_recipient_check,
      ADD CONSTRAINT submissions_outbox_recipient_check CHECK (recipient IN ${list});
    ALTER TABLE authority_messages DROP CONSTRAINT authority_messages_recipient_check,
      ADD CONSTRAINT authority_messages_recipient_check CHECK (recipient IN ${list});
    ALTER TABLE authority_message_pulls DROP CONSTRAINT authority_message_pulls_recipient_check,
      ADD CONSTRAINT authority_message_pulls_recipient_check CHECK (recipient IN ${list});
    ALTER TABLE supervision_requests DROP CONSTRAINT supervision_requests_pulled_from_check,
      ADD CONSTRAINT supervision_requests_pulled_from_check CHECK (pulled_from IN ${list});
    ALTER TABLE supervision_findings DROP CONSTRAINT supervision_findings_pulled_from_check,
      ADD CONSTRAINT supervision_findings_pulled_from_check CHECK (pulled_from IN ${list});
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE authority_competent_authorities (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      PRIMARY KEY (org_id, name)
    );
  `.execute(db);
  await sql.raw(recipientChecks(RECIPIENTS)).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM supervision_requests WHERE pulled_from IN ('sector_csirt_2', 'sector_csirt_3');
    DELETE FROM supervision_findings WHERE pulled_from IN ('sector_csirt_2', 'sector_csirt_3');
    DELETE FROM authority_message_pulls WHERE recipient IN ('sector_csirt_2', 'sector_csirt_3');
    DELETE FROM authority_messages WHERE recipient IN ('sector_csirt_2', 'sector_csirt_3');
    DELETE FROM submissions_outbox WHERE recipient IN ('sector_csirt_2', 'sector_csirt_3');
    DELETE FROM delivery_targets WHERE recipient IN ('sector_csirt_2', 'sector_csirt_3');
  `.execute(db);
  await sql.raw(recipientChecks(BEFORE)).execute(db);
  await sql`DROP TABLE authority_competent_authorities;`.execute(db);
}
