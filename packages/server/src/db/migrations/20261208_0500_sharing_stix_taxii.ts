import { sql, type Kysely } from 'kysely';

// Sharing (issue 14 items 1-3): communities with their member organisations, the STIX 2.1 objects shared
// with a community (every version, by `modified`), with a TLP 2.0 label per version and the named recipients
// per object, and the status resources of TAXII 2.1 POSTs (TAXII 2.1 §4.3).
//
// Communities and their objects span organisations, so their keys do not start with an org_id; the owner
// (owner_org_id) and every reader are decided by the one visibility rule (core/src/sharing/visibility.ts),
// which repositories/shared-visibility.ts turns into SQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE communities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN ('all-entities', 'sector', 'authority-only', 'ad-hoc')),
      sector text CHECK (length(sector) BETWEEN 1 AND 100),
      description text CHECK (length(description) <= 2000),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (owner_org_id, name)
    );

    CREATE TABLE community_members (
      community_id uuid NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (community_id, org_id)
    );
    CREATE INDEX community_members_org_idx ON community_members (org_id, community_id);

    -- One row per version. modified is the object's own text (STIX allows any fraction of a second);
    -- modified_at orders versions. date_added is when this version entered the collection (TAXII 2.1 §3.4);
    -- seq breaks ties, so (date_added, seq) is the paging key. object is json, not jsonb: it is served as
    -- the text it was stored as, without parsing it again.
    CREATE TABLE stix_objects (
      community_id uuid NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
      id text NOT NULL CHECK (id ~ '^[a-z][a-z0-9-]+--[0-9a-fA-F-]{36}$'),
      modified text NOT NULL,
      modified_at timestamptz NOT NULL,
      type text NOT NULL,
      spec_version text NOT NULL,
      owner_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      title text NOT NULL,
      object json NOT NULL,
      date_added timestamptz NOT NULL,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      PRIMARY KEY (community_id, id, modified_at)
    );
    CREATE UNIQUE INDEX stix_objects_paging_idx ON stix_objects (community_id, date_added, seq);
    CREATE INDEX stix_objects_type_idx ON stix_objects (community_id, type, date_added, seq);
    CREATE INDEX stix_objects_owner_idx ON stix_objects (owner_org_id);

    -- Named recipients of an object (every version): organisations (AMBER, AMBER+STRICT), people (RED), and
    -- the clients an AMBER recipient passed it on to (passed_on_by: that recipient).
    CREATE TABLE stix_object_recipients (
      -- A key of its own: a recipient is an organisation or a person (the unique indexes below), and the
      -- backup copies every table in key order.
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_id uuid NOT NULL,
      object_id text NOT NULL,
      org_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
      user_id uuid REFERENCES users (id) ON DELETE CASCADE,
      passed_on_by uuid REFERENCES organisations (id) ON DELETE CASCADE,
      added_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (community_id) REFERENCES communities (id) ON DELETE CASCADE,
      CHECK ((org_id IS NULL) <> (user_id IS NULL)),
      CHECK (passed_on_by IS NULL OR org_id IS NOT NULL)
    );
    CREATE UNIQUE INDEX stix_object_recipients_org_idx ON stix_object_recipients (community_id, object_id, org_id)
      WHERE org_id IS NOT NULL;
    CREATE UNIQUE INDEX stix_object_recipients_user_idx ON stix_object_recipients (community_id, object_id, user_id)
      WHERE user_id IS NOT NULL;

    -- The status resource of a TAXII POST (TAXII 2.1 §4.3), kept for the organisation that posted.
    CREATE TABLE taxii_statuses (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      community_id uuid NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
      request_timestamp timestamptz NOT NULL,
      status jsonb NOT NULL,
      PRIMARY KEY (org_id, id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE taxii_statuses, stix_object_recipients, stix_objects, community_members, communities`.execute(
    db,
  );
}
