import { sql, type Kysely } from 'kysely';

// Deadlines per incident (docs/incident-deadlines.md):
// - Cbw art. 27(2): the 24 h notification applies to an incident of a trust service provider only if it
//   affects the provision of the trust service — a fact decided with the significance decision and carried
//   in every report, so the authority's clock knows it too. Null: not said (decisions before this fact).
// - Cbw art. 28: the CSIRT or authority may ask for an intermediate report without setting a time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE incident_significance_decisions ADD COLUMN affects_trust_service boolean;
    ALTER TABLE inbox_reports ADD COLUMN affects_trust_service boolean;
    ALTER TABLE inbox_report_requests ALTER COLUMN due_at DROP NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE inbox_report_requests SET due_at = requested_at WHERE due_at IS NULL;
    ALTER TABLE inbox_report_requests ALTER COLUMN due_at SET NOT NULL;
    ALTER TABLE inbox_reports DROP COLUMN affects_trust_service;
    ALTER TABLE incident_significance_decisions DROP COLUMN affects_trust_service;
  `.execute(db);
}
