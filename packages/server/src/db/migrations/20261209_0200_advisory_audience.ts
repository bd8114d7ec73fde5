import { sql, type Kysely } from 'kysely';

// Advisories carry an audience like STIX objects (issue 14 item 1), so the ONE TLP rule
// (core platform/tlp-visibility.ts mayRead; its SQL in repositories/shared-visibility.ts) decides who reads
// them, the alerts derived from them, the public CSAF feed and the export:
//
// - shared: false for an advisory an organisation imported for itself (only its holder reads it, whatever
//   its label); true for one it shares — then the TLP rule applies;
// - community_id: the community it was shared with (GREEN: its members; AMBER/AMBER+STRICT with no named
//   recipient: its members);
// - advisory_recipients: named organisations (AMBER, AMBER+STRICT), named people (RED), and the clients an
//   AMBER recipient passed it on to (passed_on_by) — the same columns as stix_object_recipients.
//
// Existing rows keep exactly the audience the temporary rule gave them or a narrower one, never a wider
// one: the authority's CLEAR and GREEN advisories are shared (GREEN with the authority's oldest own
// all-entities community, whose members are the organisations it serves; without one, GREEN reaches no
// one but the holder); everything else stays with its holder.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE csaf_advisories
      ADD COLUMN shared boolean NOT NULL DEFAULT false,
      ADD COLUMN community_id uuid REFERENCES communities (id) ON DELETE SET NULL;
    CREATE INDEX csaf_advisories_community_idx ON csaf_advisories (community_id) WHERE community_id IS NOT NULL;

    CREATE TABLE advisory_recipients (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      advisory_org_id uuid NOT NULL,
      advisory_id uuid NOT NULL,
      org_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
      user_id uuid REFERENCES users (id) ON DELETE CASCADE,
      passed_on_by uuid REFERENCES organisations (id) ON DELETE CASCADE,
      added_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (advisory_org_id, advisory_id) REFERENCES csaf_advisories (org_id, id) ON DELETE CASCADE,
      CHECK ((org_id IS NULL) <> (user_id IS NULL)),
      CHECK (passed_on_by IS NULL OR org_id IS NOT NULL)
    );
    CREATE UNIQUE INDEX advisory_recipients_org_idx ON advisory_recipients (advisory_org_id, advisory_id, org_id)
      WHERE org_id IS NOT NULL;
    CREATE UNIQUE INDEX advisory_recipients_user_idx ON advisory_recipients (advisory_org_id, advisory_id, user_id)
      WHERE user_id IS NOT NULL;

    UPDATE csaf_advisories a SET shared = true,
      community_id = (SELECT c.id FROM communities c
                      WHERE c.owner_org_id = a.org_id AND c.kind = 'all-entities'
                      ORDER BY c.created_at, c.id LIMIT 1)
      FROM organisations o
      WHERE o.id = a.org_id AND o.kind = 'authority' AND a.tlp IN ('CLEAR', 'GREEN');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE advisory_recipients;
    ALTER TABLE csaf_advisories DROP COLUMN community_id, DROP COLUMN shared;
  `.execute(db);
}
