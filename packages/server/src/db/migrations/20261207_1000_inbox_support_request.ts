import { sql, type Kysely } from 'kysely';

// NIS2 Art. 23(5); Cbw art. 36: an entity may ask for guidance or technical support with a report. The
// inbox lists it prominently, so the index row says whether the report asks. Reports received before
// content version 2 could not ask, so false is right for every existing row.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE inbox_reports ADD COLUMN support_requested boolean NOT NULL DEFAULT false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE inbox_reports DROP COLUMN support_requested`.execute(db);
}
