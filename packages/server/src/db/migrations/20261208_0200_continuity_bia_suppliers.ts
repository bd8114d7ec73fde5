import { sql, type Kysely } from 'kysely';

// Business impact analysis, supplier register and alternatives per dependency (issue 13 items 1 and 4;
// NIS2 Art. 21(2)(c)-(d), Impl. Reg. 2024/2690 Annex 4.1 and 5.2, CER Art. 13(1)(c)-(d)).
//
// Built on the shared graph, not beside it: a BIA belongs to an asset of the assets table (the MTPD stays
// assets.max_tolerable_downtime_hours); what a supplier supplies is a 'supplier_service' or 'utility' asset
// (supplied_services links the two, one supplier per supplied asset); an alternative belongs to one edge of
// asset_dependencies and goes with it. Tenant tables: org_id NOT NULL, keys start with org_id, foreign keys
// include org_id, so no row points into another organisation.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE business_impact_analyses (
      org_id uuid NOT NULL,
      asset_id uuid NOT NULL,
      rto_hours integer CHECK (rto_hours BETWEEN 0 AND 87600),
      rpo_hours integer CHECK (rpo_hours BETWEEN 0 AND 87600),
      minimum_service_level text CHECK (length(minimum_service_level) <= 1000),
      peak_periods text[] NOT NULL DEFAULT '{}' CHECK (cardinality(peak_periods) <= 12),
      safety_effect text CHECK (safety_effect IN ('none', 'limited', 'serious', 'very_serious')),
      health_effect text CHECK (health_effect IN ('none', 'limited', 'serious', 'very_serious')),
      environment_effect text CHECK (environment_effect IN ('none', 'limited', 'serious', 'very_serious')),
      physical_effects_description text CHECK (length(physical_effects_description) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, asset_id),
      FOREIGN KEY (org_id, asset_id) REFERENCES assets (org_id, id) ON DELETE CASCADE,
      -- The three physical-world effects are recorded together or not at all.
      CHECK ((safety_effect IS NULL) = (health_effect IS NULL) AND (health_effect IS NULL) = (environment_effect IS NULL))
    );

    CREATE TABLE suppliers (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      description text CHECK (length(description) <= 4000),
      emergency_contact text CHECK (length(emergency_contact) <= 200),
      contract_reference text CHECK (length(contract_reference) <= 200),
      contract_end_date date,
      exit_strategy text CHECK (length(exit_strategy) <= 4000),
      security_requirements text CHECK (length(security_requirements) <= 4000),
      assessed_on date,
      assessment_result text CHECK (assessment_result IN ('meets', 'partially_meets', 'does_not_meet')),
      assessment_notes text CHECK (length(assessment_notes) <= 4000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      CHECK ((assessed_on IS NULL) = (assessment_result IS NULL)),
      CHECK (assessment_result IS NOT NULL OR assessment_notes IS NULL)
    );
    CREATE UNIQUE INDEX suppliers_name_key ON suppliers (org_id, lower(name));

    CREATE TABLE supplied_services (
      org_id uuid NOT NULL,
      asset_id uuid NOT NULL,
      supplier_id uuid NOT NULL,
      recovery_time_hours integer CHECK (recovery_time_hours BETWEEN 0 AND 87600),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, asset_id),
      FOREIGN KEY (org_id, asset_id) REFERENCES assets (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, supplier_id) REFERENCES suppliers (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX supplied_services_supplier_idx ON supplied_services (org_id, supplier_id);

    CREATE TABLE supplier_alternatives (
      org_id uuid NOT NULL,
      from_asset_id uuid NOT NULL,
      to_asset_id uuid NOT NULL,
      alternative_supplier_id uuid NOT NULL,
      switch_over_hours integer CHECK (switch_over_hours BETWEEN 0 AND 87600),
      note text CHECK (length(note) <= 1000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, from_asset_id, to_asset_id),
      FOREIGN KEY (org_id, from_asset_id, to_asset_id)
        REFERENCES asset_dependencies (org_id, from_asset_id, to_asset_id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, alternative_supplier_id) REFERENCES suppliers (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX supplier_alternatives_supplier_idx ON supplier_alternatives (org_id, alternative_supplier_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE supplier_alternatives;
    DROP TABLE supplied_services;
    DROP TABLE suppliers;
    DROP TABLE business_impact_analyses;
  `.execute(db);
}
