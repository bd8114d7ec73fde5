import { sql, type Kysely } from 'kysely';

// CSAF 2.0 advisories, the product inventory on assets and the "u bent geraakt" alerts (issue 14 items 4
// and 5).
//
// csaf_advisories: one row per advisory (tracking id) per organisation that holds it — the authority's
// own publications, and what an entity imported itself. The whole document is kept (jsonb) with its TLP
// 2.0 label (mapped from the document's TLP 1.0, core sharing/tlp.ts) and the facts matching needs.
// Who may read a row is decided in ONE place: services/advisories/advisory-visibility.ts.
//
// asset_products: what runs on an asset (vendor, product, version, CPE 2.3, purl): a table of its own
// beside the shared assets, never a copy of them; foreign key (org_id, asset_id) keeps it in its org.
//
// advisory_alerts: one per (affected organisation, advisory, inventory item); the unique key makes
// matching idempotent — a repeat never alerts twice. The advisory's holder is kept so the authority can
// count who its advisory hits without reading their inventories.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE csaf_advisories (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tracking_id text NOT NULL CHECK (length(tracking_id) BETWEEN 1 AND 200),
      version text NOT NULL,
      title text NOT NULL,
      publisher_name text NOT NULL,
      tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      current_release_date timestamptz NOT NULL,
      cves text[] NOT NULL DEFAULT '{}',
      max_cvss numeric(3, 1),
      source text NOT NULL CHECK (source IN ('file', 'provider', 'authored')),
      source_url text,
      sha512 text NOT NULL,
      document jsonb NOT NULL,
      facts jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, tracking_id)
    );
    CREATE INDEX csaf_advisories_tlp_idx ON csaf_advisories (tlp, current_release_date DESC);

    CREATE TABLE asset_products (
      org_id uuid NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      asset_id uuid NOT NULL,
      vendor text CHECK (length(vendor) <= 200),
      product text CHECK (length(product) <= 200),
      version text CHECK (length(version) <= 100),
      cpe text CHECK (length(cpe) <= 500),
      purl text CHECK (length(purl) <= 500),
      source text NOT NULL CHECK (source IN ('manual', 'csv', 'cyclonedx', 'spdx')),
      -- What matching looks up (core product-match.ts matchKeysOf), derived once when the item is stored.
      match_keys text[] NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, asset_id) REFERENCES assets (org_id, id) ON DELETE CASCADE,
      CHECK (cpe IS NOT NULL OR purl IS NOT NULL OR (vendor IS NOT NULL AND product IS NOT NULL))
    );
    CREATE INDEX asset_products_asset_idx ON asset_products (org_id, asset_id);

    CREATE TABLE advisory_alerts (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      advisory_org_id uuid NOT NULL,
      advisory_id uuid NOT NULL,
      asset_product_id uuid NOT NULL,
      asset_id uuid NOT NULL,
      product_ids text[] NOT NULL,
      cves text[] NOT NULL,
      known_exploited boolean NOT NULL,
      version_certain boolean NOT NULL,
      matched_on text NOT NULL CHECK (matched_on IN ('cpe', 'purl', 'name')),
      notification_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, advisory_id, asset_product_id),
      FOREIGN KEY (advisory_org_id, advisory_id) REFERENCES csaf_advisories (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, asset_product_id) REFERENCES asset_products (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, asset_id) REFERENCES assets (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX advisory_alerts_advisory_idx ON advisory_alerts (advisory_org_id, advisory_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE advisory_alerts; DROP TABLE asset_products; DROP TABLE csaf_advisories`.execute(db);
}
