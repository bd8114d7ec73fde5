// Crisis members on another installation (docs/ARCHITECTURE.md "Crisis coordination"; docs/DELIVERY.md
// "Authority → entity"): an entity of the authority's register without an organisation here. It never reads
// the room; each new sitrep reaches it as a crisis message over the pull channel (crisis_requests with one
// recipient row per remote member), and crisis messages of the room can be addressed to it. entity_id is the
// registry's entity id (the entity's organisation on its own installation, the sender id its token is bound
// to), so no foreign key to organisations; the name is kept as the register had it when it was added.
// No label per member: every sitrep message carries TLP:AMBER (services/crisis/remote-sitrep-message.ts).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE crisis_remote_members (
      org_id uuid NOT NULL,
      crisis_id uuid NOT NULL,
      entity_id uuid NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      added_by text NOT NULL,
      added_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, crisis_id, entity_id),
      FOREIGN KEY (org_id, crisis_id) REFERENCES crises (org_id, id) ON DELETE CASCADE,
      CHECK (entity_id <> org_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE crisis_remote_members`.execute(db);
}
