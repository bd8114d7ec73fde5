import { sql, type Kysely } from 'kysely';

// Platform foundation: organisations, accounts, sessions, tokens, audit trail, jobs, mail outbox.
// Tenant-owned tables carry org_id NOT NULL and every unique key includes it (Citus shards by org_id).
// Platform tables (users, sessions, password_resets, jobs, mail_outbox) belong to no tenant.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE organisations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('entity', 'authority')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
      sector text,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      name text NOT NULL,
      password_hash text,
      locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
      mfa_secret text,
      mfa_enabled boolean NOT NULL DEFAULT false,
      mfa_pending_secret text,
      mfa_last_step bigint,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));

    CREATE TABLE recovery_codes (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      code_hash text NOT NULL,
      used_at timestamptz,
      PRIMARY KEY (user_id, code_hash)
    );

    CREATE TABLE memberships (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      role text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (org_id, user_id)
    );
    CREATE INDEX memberships_user_idx ON memberships (user_id);

    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      active_org_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
      mfa_pending boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);

    CREATE TABLE invitations (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      email text NOT NULL,
      role text NOT NULL,
      token_hash text NOT NULL,
      invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      revoked_at timestamptz,
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, token_hash)
    );
    CREATE INDEX invitations_token_idx ON invitations (token_hash);

    CREATE TABLE api_tokens (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      name text NOT NULL,
      role text NOT NULL,
      token_hash text NOT NULL,
      prefix text NOT NULL,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      PRIMARY KEY (org_id, id),
      UNIQUE (org_id, token_hash)
    );
    CREATE INDEX api_tokens_token_idx ON api_tokens (token_hash);

    CREATE TABLE password_resets (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );

    -- One hash chain per organisation; the platform chain (user-level events) uses the nil UUID.
    -- No foreign key on org_id: the trail must outlive what it describes.
    CREATE TABLE audit_events (
      org_id uuid NOT NULL,
      seq bigint NOT NULL,
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      occurred_at timestamptz NOT NULL,
      actor_type text NOT NULL,
      actor_id text,
      actor_label text NOT NULL,
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id text,
      before_digest text,
      after_digest text,
      details jsonb NOT NULL DEFAULT '{}',
      prev_hash text NOT NULL,
      hash text NOT NULL,
      PRIMARY KEY (org_id, seq),
      UNIQUE (org_id, id)
    );
    CREATE INDEX audit_events_subject_idx ON audit_events (org_id, subject_type, subject_id);
    CREATE INDEX audit_events_time_idx ON audit_events (org_id, occurred_at);

    -- The head row is locked FOR UPDATE while appending, which serialises appends per chain.
    CREATE TABLE audit_heads (
      org_id uuid PRIMARY KEY,
      seq bigint NOT NULL,
      hash text NOT NULL
    );

    CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
    CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

    CREATE TABLE jobs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      org_id uuid,
      kind text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}',
      dedupe_key text UNIQUE,
      run_at timestamptz NOT NULL DEFAULT now(),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 10,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
    CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status = 'pending';

    CREATE TABLE mail_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      to_address text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE mail_outbox, jobs, audit_heads, audit_events, password_resets, api_tokens,
      invitations, sessions, memberships, recovery_codes, users, organisations;
    DROP FUNCTION audit_events_append_only();
  `.execute(db);
}
