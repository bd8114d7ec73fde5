import { sql, type Kysely } from 'kysely';

// The asset model of the risk analysis (issue 11; NIS2 Art. 21(2)(a) and (i), CER Art. 12): the type of an
// asset, its confidentiality/integrity/availability, a service's maximum tolerable downtime and the people
// it serves; the dependency graph between services and assets (from depends on to; cycles and shared
// dependencies allowed, never a node on itself); and the external dependants of a service (who outside
// the organisation depends on it). Tenant tables: org_id NOT NULL, keys start with org_id, and the foreign
// keys include org_id, so no row can point into another organisation.
//
// asset_graph_stamps: a fresh random stamp per organisation, set in the same transaction as every change of
// its assets, dependencies or external dependants (repositories/asset*.repository.ts, the only writers).
// The server keeps each organisation's graph in memory under its stamp and reloads only when the stamp
// moved (services/assets/asset-graph-cache.ts). A random uuid rather than a counter: a stamp names one
// content, also after a backup is restored. Not triggers: a restore inserts rows table by table and would
// fire them against the restored stamps.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE assets
      ADD COLUMN asset_type text CHECK (asset_type IN (
        'process', 'information', 'it_system', 'ot_system', 'location', 'person', 'supplier_service', 'utility'
      )),
      ADD COLUMN control_function text CHECK (length(control_function) <= 500),
      ADD COLUMN confidentiality smallint CHECK (confidentiality BETWEEN 1 AND 5),
      ADD COLUMN integrity smallint CHECK (integrity BETWEEN 1 AND 5),
      ADD COLUMN availability smallint CHECK (availability BETWEEN 1 AND 5),
      ADD COLUMN max_tolerable_downtime_hours integer CHECK (max_tolerable_downtime_hours BETWEEN 0 AND 87600),
      ADD COLUMN people_served integer CHECK (people_served >= 0),
      ADD CONSTRAINT assets_asset_fields CHECK (kind = 'asset' OR (asset_type IS NULL AND control_function IS NULL)),
      ADD CONSTRAINT assets_service_fields
        CHECK (kind = 'service' OR (max_tolerable_downtime_hours IS NULL AND people_served IS NULL));

    CREATE TABLE asset_dependencies (
      org_id uuid NOT NULL,
      from_asset_id uuid NOT NULL,
      to_asset_id uuid NOT NULL,
      description text CHECK (length(description) <= 500),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, from_asset_id, to_asset_id),
      CHECK (from_asset_id <> to_asset_id),
      FOREIGN KEY (org_id, from_asset_id) REFERENCES assets (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, to_asset_id) REFERENCES assets (org_id, id) ON DELETE CASCADE
    );
    -- "Who depends on X" walks the edges backwards.
    CREATE INDEX asset_dependencies_to_idx ON asset_dependencies (org_id, to_asset_id, from_asset_id);

    CREATE TABLE asset_external_dependants (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      asset_id uuid NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN ('organisation', 'government', 'recipient_group')),
      count integer CHECK (count >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, asset_id) REFERENCES assets (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX asset_external_dependants_asset_idx ON asset_external_dependants (org_id, asset_id);

    CREATE TABLE asset_graph_stamps (
      org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
      stamp uuid NOT NULL
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE asset_graph_stamps;
    DROP TABLE asset_external_dependants;
    DROP TABLE asset_dependencies;
    ALTER TABLE assets
      DROP CONSTRAINT assets_asset_fields,
      DROP CONSTRAINT assets_service_fields,
      DROP COLUMN asset_type,
      DROP COLUMN control_function,
      DROP COLUMN confidentiality,
      DROP COLUMN integrity,
      DROP COLUMN availability,
      DROP COLUMN max_tolerable_downtime_hours,
      DROP COLUMN people_served;
  `.execute(db);
}
