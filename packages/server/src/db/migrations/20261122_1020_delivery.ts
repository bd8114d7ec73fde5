import { sql, type Kysely } from 'kysely';

// Delivery of submissions to the authority (docs/DELIVERY.md), the entity's registration record and the
// authority's registry of entities. Tenant tables: org_id NOT NULL, keys start with org_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Entity side: everything queued for the authority; a row exists before anything crosses the network.
    CREATE TABLE submissions_outbox (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      kind text NOT NULL,
      subject_id uuid NOT NULL,
      payload jsonb NOT NULL,
      payload_digest text NOT NULL,
      audit_hash text,
      submitted_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      failure text,
      authority_reference text,
      received_at timestamptz,
      receipt_key_id text,
      receipt_signature text,
      receipt_verified boolean,
      delivered_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, id)
    );
    CREATE INDEX submissions_outbox_subject_idx ON submissions_outbox (org_id, kind, subject_id);
    CREATE INDEX submissions_outbox_time_idx ON submissions_outbox (org_id, created_at);

    -- Entity side: where and how to deliver. The API token is encrypted at rest (AES-256-GCM).
    CREATE TABLE delivery_targets (
      org_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
      authority_url text NOT NULL,
      api_token_ciphertext text,
      pinned_key_id text,
      pinned_public_key text,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- Installation-wide receipt signing keys (a platform table, like jobs). Private key encrypted at rest.
    CREATE TABLE signing_keys (
      id text PRIMARY KEY,
      algorithm text NOT NULL CHECK (algorithm = 'Ed25519'),
      public_key text NOT NULL,
      private_key_ciphertext text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      retired_at timestamptz
    );

    -- Authority side: every submission received, once per id (the idempotency key).
    CREATE TABLE received_submissions (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      kind text NOT NULL,
      sender_org_id uuid NOT NULL,
      sender_name text NOT NULL,
      sender_kvk_number text,
      submitted_at timestamptz NOT NULL,
      payload jsonb NOT NULL,
      payload_digest text NOT NULL,
      audit_hash text,
      authority_reference text NOT NULL,
      received_at timestamptz NOT NULL,
      key_id text NOT NULL,
      signature text NOT NULL,
      received_via text NOT NULL,
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, authority_reference)
    );
    CREATE INDEX received_submissions_sender_idx ON received_submissions (org_id, sender_org_id, kind, submitted_at);
    CREATE INDEX received_submissions_time_idx ON received_submissions (org_id, kind, received_at);

    -- Sequential authority references per organisation, prefix and year; the row lock serialises numbering.
    CREATE TABLE authority_reference_counters (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      prefix text NOT NULL,
      year integer NOT NULL,
      last_value integer NOT NULL,
      PRIMARY KEY (org_id, prefix, year)
    );

    -- Authority side: the register, one row per registered entity, from its newest registration.
    CREATE TABLE registry_entities (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      entity_id uuid NOT NULL,
      name text NOT NULL,
      kvk_number text,
      sectors text[] NOT NULL,
      entity_types text[] NOT NULL,
      classification_eu text,
      classification_nl text,
      province text,
      latest_submission_id uuid NOT NULL,
      latest_submitted_at timestamptz NOT NULL,
      latest_received_at timestamptz NOT NULL,
      latest_reference text NOT NULL,
      first_received_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, entity_id)
    );
    CREATE INDEX registry_entities_name_idx ON registry_entities (org_id, lower(name));

    -- Entity side: every saved change of the registration is a new version (change history).
    CREATE TABLE registration_versions (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      version integer NOT NULL CHECK (version > 0),
      data jsonb NOT NULL,
      digest text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by text NOT NULL,
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, version)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE registration_versions, registry_entities, authority_reference_counters, received_submissions,
      signing_keys, delivery_targets, submissions_outbox;
  `.execute(db);
}
