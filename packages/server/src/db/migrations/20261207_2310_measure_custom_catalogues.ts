import { sql, type Kysely } from 'kysely';

// An organisation's own catalogues (issue 12 item 6): an OSCAL catalog imported as a custom framework
// (core importOscalCatalog). The catalogue is stored whole, as core's Catalogue type (sections and
// requirements) in jsonb: it is read whole and never queried inside. Tenant table: org_id NOT NULL, the key
// starts with org_id; another organisation never sees it. The id never equals a built-in catalogue's id
// (the import derives it with the built-in ids taken).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE measure_custom_catalogues (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      catalogue_id text NOT NULL CHECK (catalogue_id ~ '^[a-z0-9-]{1,100}$'),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      catalogue jsonb NOT NULL CHECK (jsonb_typeof(catalogue) = 'object'),
      requirement_count integer NOT NULL CHECK (requirement_count > 0),
      imported_by text NOT NULL,
      imported_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, catalogue_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE measure_custom_catalogues`.execute(db);
}
