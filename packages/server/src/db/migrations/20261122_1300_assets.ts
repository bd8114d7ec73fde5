import { sql, type Kysely } from 'kysely';

// Services and assets, modelled once per organisation and shared by incidents and the risk analysis
// (packages/core/src/assets). Tenant table: org_id NOT NULL, keys start with org_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE assets (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN ('service', 'asset')),
      description text,
      crown_jewel boolean NOT NULL DEFAULT false,
      owner text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id)
    );
    -- One name per kind: "Patiëntendossier" the service and the asset may both exist, not twice the same.
    CREATE UNIQUE INDEX assets_name_key ON assets (org_id, kind, lower(name));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE assets`.execute(db);
}
