import { sql, type Kysely } from 'kysely';

// Risk analysis (packages/core/src/risk): the organisation's own threats, its risk matrix, scenarios (a threat
// against the assets it hits) and risks (a scenario scored before and after measures, and its treatment).
// Tenant tables: org_id NOT NULL, keys start with org_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE risk_threats (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      theme text NOT NULL,
      nature text NOT NULL CHECK (nature IN ('digital', 'physical', 'natural', 'human')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '',
      typical_scenarios jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id)
    );
    CREATE UNIQUE INDEX risk_threats_name_key ON risk_threats (org_id, lower(name));

    -- One row per organisation that changed the default matrix (core DEFAULT_RISK_MATRIX otherwise).
    CREATE TABLE risk_matrices (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      config jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id)
    );

    CREATE TABLE risk_scenarios (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '',
      -- A catalogue slug (core threat-catalogue.ts) or the id of one of the organisation's risk_threats.
      threat_id text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id)
    );

    CREATE TABLE risk_scenario_assets (
      org_id uuid NOT NULL,
      scenario_id uuid NOT NULL,
      asset_id uuid NOT NULL,
      PRIMARY KEY (org_id, scenario_id, asset_id),
      FOREIGN KEY (org_id, scenario_id) REFERENCES risk_scenarios (org_id, id) ON DELETE CASCADE,
      FOREIGN KEY (org_id, asset_id) REFERENCES assets (org_id, id) ON DELETE CASCADE
    );
    CREATE INDEX risk_scenario_assets_asset ON risk_scenario_assets (org_id, asset_id);

    CREATE TABLE risks (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      scenario_id uuid NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      owner text,
      inherent_likelihood integer NOT NULL CHECK (inherent_likelihood BETWEEN 1 AND 10),
      inherent_impacts jsonb NOT NULL,
      existing_measures jsonb NOT NULL DEFAULT '[]',
      residual_likelihood integer CHECK (residual_likelihood BETWEEN 1 AND 10),
      residual_impacts jsonb,
      treatment_strategy text CHECK (treatment_strategy IN ('accept', 'mitigate', 'transfer', 'avoid')),
      treatment_owner text,
      treatment_due_on date,
      treatment_justification text,
      accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
      accepted_by_name text,
      accepted_at timestamptz,
      last_reviewed_on date NOT NULL,
      next_review_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id),
      FOREIGN KEY (org_id, scenario_id) REFERENCES risk_scenarios (org_id, id) ON DELETE CASCADE,
      CHECK ((residual_likelihood IS NULL) = (residual_impacts IS NULL)),
      CHECK ((treatment_strategy IS NULL) = (treatment_owner IS NULL)),
      CHECK (accepted_at IS NULL OR treatment_strategy = 'accept')
    );
    CREATE INDEX risks_scenario ON risks (org_id, scenario_id);
    CREATE INDEX risks_next_review ON risks (org_id, next_review_on);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE risks, risk_scenario_assets, risk_scenarios, risk_matrices, risk_threats`.execute(db);
}
