import { sql, type Kysely } from 'kysely';

// Delivery carries the registration's competent authority, and a copy to a sector CSIRT (docs/DELIVERY.md,
// "Addressee" and "Copies to a sector CSIRT"). A third recipient, 'sector_csirt': the entity's own choice
// (Cbw art. 16(1) names no copy to a further CSIRT), with a delivery target and outbox entries like the other
// two. The outbox keeps the addressee each entry was sent with (recipient role, sectors, competent
// authorities), so the entity sees which authority each receipt is from. And the trends count the coded root
// cause of a final report (NIS2 Art. 23(4)(d)(ii); Cbw art. 29(1)(b)). A sector CSIRT is an authority like
// the other two: the entity installation pulls its messages over that target too (docs/DELIVERY.md,
// "Authority → entity").
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE delivery_targets DROP CONSTRAINT delivery_targets_recipient_check,
      ADD CONSTRAINT delivery_targets_recipient_check CHECK (recipient IN ('csirt', 'competent_authority', 'sector_csirt'));
    ALTER TABLE submissions_outbox DROP CONSTRAINT submissions_outbox_recipient_check,
      ADD CONSTRAINT submissions_outbox_recipient_check CHECK (recipient IN ('csirt', 'competent_authority', 'sector_csirt')),
      ADD COLUMN addressee jsonb;
    ALTER TABLE authority_messages DROP CONSTRAINT authority_messages_recipient_check,
      ADD CONSTRAINT authority_messages_recipient_check CHECK (recipient IN ('csirt', 'competent_authority', 'sector_csirt'));
    ALTER TABLE authority_message_pulls DROP CONSTRAINT authority_message_pulls_recipient_check,
      ADD CONSTRAINT authority_message_pulls_recipient_check
        CHECK (recipient IN ('csirt', 'competent_authority', 'sector_csirt'));
    -- The coded root cause of the chain's final report (core incidents/report-root-cause.ts), a trend dimension.
    ALTER TABLE trend_incidents ADD COLUMN root_cause text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE trend_incidents DROP COLUMN root_cause;
    DELETE FROM authority_message_pulls WHERE recipient = 'sector_csirt';
    DELETE FROM authority_messages WHERE recipient = 'sector_csirt';
    ALTER TABLE authority_message_pulls DROP CONSTRAINT authority_message_pulls_recipient_check,
      ADD CONSTRAINT authority_message_pulls_recipient_check CHECK (recipient IN ('csirt', 'competent_authority'));
    ALTER TABLE authority_messages DROP CONSTRAINT authority_messages_recipient_check,
      ADD CONSTRAINT authority_messages_recipient_check CHECK (recipient IN ('csirt', 'competent_authority'));
    DELETE FROM submissions_outbox WHERE recipient = 'sector_csirt';
    DELETE FROM delivery_targets WHERE recipient = 'sector_csirt';
    ALTER TABLE submissions_outbox DROP COLUMN addressee, DROP CONSTRAINT submissions_outbox_recipient_check,
      ADD CONSTRAINT submissions_outbox_recipient_check CHECK (recipient IN ('csirt', 'competent_authority'));
    ALTER TABLE delivery_targets DROP CONSTRAINT delivery_targets_recipient_check,
      ADD CONSTRAINT delivery_targets_recipient_check CHECK (recipient IN ('csirt', 'competent_authority'));
  `.execute(db);
}
