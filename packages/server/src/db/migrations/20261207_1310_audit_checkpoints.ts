import { sql, type Kysely } from 'kysely';

// The audit trail anchored outside the database (docs/ARCHITECTURE.md, "Audit anchoring"). A superuser
// can recompute every hash after an edit; he cannot sign. `audit_checkpoints` holds chain heads signed
// with the installation's Ed25519 key (derived from the secret key, never stored here), written nightly
// by the verification job; `received_audit_anchors` is the authority's side: the signed heads that
// senders send along with every delivery, kept per sender. No foreign keys: like the trail, the anchors
// must outlive what they describe. Both are append-only for the application.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_checkpoints (
      org_id uuid NOT NULL,
      seq bigint NOT NULL,
      hash text NOT NULL,
      signed_at timestamptz NOT NULL,
      key_id text NOT NULL,
      signature text NOT NULL,
      PRIMARY KEY (org_id, seq)
    );
    CREATE TABLE received_audit_anchors (
      org_id uuid NOT NULL,
      sender_org_id uuid NOT NULL,
      seq bigint NOT NULL,
      hash text NOT NULL,
      signed_at timestamptz NOT NULL,
      key_id text NOT NULL,
      public_key text NOT NULL,
      signature text NOT NULL,
      submission_id uuid NOT NULL,
      received_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, sender_org_id, seq)
    );
    CREATE FUNCTION audit_anchors_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
      FOR EACH ROW EXECUTE FUNCTION audit_anchors_append_only();
    CREATE TRIGGER received_audit_anchors_append_only BEFORE UPDATE OR DELETE ON received_audit_anchors
      FOR EACH ROW EXECUTE FUNCTION audit_anchors_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE received_audit_anchors, audit_checkpoints;
    DROP FUNCTION audit_anchors_append_only();
  `.execute(db);
}
