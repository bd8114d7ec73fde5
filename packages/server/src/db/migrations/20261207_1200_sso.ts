import { sql, type Kysely } from 'kysely';

// Sign-in with the organisation's own identity provider (OpenID Connect), one configuration per
// organisation. The client secret is sealed with the installation's secret key (adapters/secret-box.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sso_configs (
      org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
      enabled boolean NOT NULL,
      issuer text NOT NULL,
      client_id text NOT NULL,
      client_secret_ciphertext text,
      allowed_domains text[] NOT NULL,
      join_role text NOT NULL CHECK (join_role NOT IN ('owner', 'submitter')),
      trust_provider_mfa boolean NOT NULL,
      mfa_acr_values text[] NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX sso_configs_domains_idx ON sso_configs USING gin (allowed_domains) WHERE enabled;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sso_configs`.execute(db);
}
