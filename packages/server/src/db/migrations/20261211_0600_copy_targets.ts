import { sql, type Kysely } from 'kysely';

// Which competent authorities an authority organisation acts for (Cbw art. 15: the minister per sector, or the
// body acting for it), by name as the sector table gives them. The intake refuses a report addressed to another
// competent authority (core delivery/addressee.ts). No rows: it receives for any, as before, so every existing
// installation keeps receiving what it did.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE authority_competent_authorities (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      PRIMARY KEY (org_id, name)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE authority_competent_authorities;`.execute(db);
}
