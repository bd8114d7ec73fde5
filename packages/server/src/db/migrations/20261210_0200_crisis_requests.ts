import { sql, type Kysely } from 'kysely';

// Requests for information (uitvraag) and crisis communication, authority → entity (issue 16 items 3 and 4;
// docs/DELIVERY.md, "Authority → entity").
// Authority side: crisis_requests (one uitvraag or message) and crisis_request_recipients (one per registered
// entity; message_id is the id that crosses the network, delivered_at/read_at are confirmed by the entity
// installation's pulls, the answer arrives as a submission of kind 'crisis-request-answer').
// Entity side: authority_messages (stored once by (org_id, id); delivered_reported/read_reported say whether the
// authority has been told) and authority_message_pulls (the pull schedule per delivery target).
// crisis_id names the crisis (crisis module); no foreign key, so a message outside a crisis needs none.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE crisis_requests (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('information-request', 'crisis-message')),
      crisis_id uuid,
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
      body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
      tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT')),
      due_at timestamptz,
      exercise boolean NOT NULL DEFAULT false,
      content_digest text NOT NULL,
      sent_by text NOT NULL,
      sent_at timestamptz NOT NULL,
      PRIMARY KEY (org_id, id)
    );
    CREATE INDEX crisis_requests_crisis_idx ON crisis_requests (org_id, crisis_id, sent_at);

    CREATE TABLE crisis_request_recipients (
      org_id uuid NOT NULL,
      request_id uuid NOT NULL,
      entity_id uuid NOT NULL,
      entity_name text NOT NULL,
      message_id uuid NOT NULL,
      delivered_at timestamptz,
      read_at timestamptz,
      answered_at timestamptz,
      answer jsonb,
      answer_submission_id uuid,
      PRIMARY KEY (org_id, request_id, entity_id),
      UNIQUE (org_id, message_id),
      FOREIGN KEY (org_id, request_id) REFERENCES crisis_requests (org_id, id) ON DELETE CASCADE
    );
    -- The pull: an entity's undelivered messages.
    CREATE INDEX crisis_request_recipients_pull_idx ON crisis_request_recipients (org_id, entity_id)
      WHERE delivered_at IS NULL;

    CREATE TABLE authority_messages (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      recipient text NOT NULL CHECK (recipient IN ('csirt', 'competent_authority')),
      request_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('information-request', 'crisis-message')),
      authority_name text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT')),
      due_at timestamptz,
      sent_at timestamptz NOT NULL,
      exercise boolean NOT NULL,
      received_at timestamptz NOT NULL,
      delivered_reported boolean NOT NULL DEFAULT false,
      read_at timestamptz,
      read_reported boolean NOT NULL DEFAULT true,
      answered_at timestamptz,
      answer jsonb,
      answer_submission_id uuid,
      PRIMARY KEY (org_id, id)
    );
    CREATE INDEX authority_messages_unreported_idx ON authority_messages (org_id, recipient)
      WHERE NOT delivered_reported OR NOT read_reported;

    CREATE TABLE authority_message_pulls (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      recipient text NOT NULL CHECK (recipient IN ('csirt', 'competent_authority')),
      round integer NOT NULL DEFAULT 0,
      last_pulled_at timestamptz,
      last_error text,
      PRIMARY KEY (org_id, recipient)
    );

    -- Entity installations already connected start pulling at once (round 0 of each target's chain); a target
    -- saved later starts its chain through the 'delivery-target.updated' subscriber.
    INSERT INTO authority_message_pulls (org_id, recipient)
      SELECT org_id, recipient FROM delivery_targets WHERE api_token_ciphertext IS NOT NULL;
    INSERT INTO jobs (kind, payload, org_id, dedupe_key, max_attempts)
      SELECT 'crisis-request.pull', jsonb_build_object('orgId', org_id, 'recipient', recipient, 'round', 0), org_id,
             'crisis-request.pull:' || recipient || ':0', 5
        FROM delivery_targets WHERE api_token_ciphertext IS NOT NULL
      ON CONFLICT (org_id, dedupe_key) DO NOTHING;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM jobs WHERE kind = 'crisis-request.pull';
    DROP TABLE authority_message_pulls;
    DROP TABLE authority_messages;
    DROP TABLE crisis_request_recipients;
    DROP TABLE crisis_requests;
  `.execute(db);
}
