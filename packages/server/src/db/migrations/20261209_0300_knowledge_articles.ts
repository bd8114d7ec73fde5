import { sql, type Kysely } from 'kysely';

// Knowledge articles (issue 14 item 6): news, guidance, threat and trend articles the authority shares with a
// community under a TLP 2.0 label. Like STIX objects they span organisations: the owner and every reader are
// decided by the one visibility rule (core/src/sharing/visibility.ts → repositories/shared-visibility.ts),
// which needs community_id, id, owner_org_id and tlp on the article and the recipients in a table of the
// same shape as stix_object_recipients. Drafts are read by their owner only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE knowledge_articles (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      owner_org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      community_id uuid NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('news', 'guidance', 'threat', 'trend')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
      body text NOT NULL CHECK (length(body) <= 50000),
      tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED')),
      status text NOT NULL CHECK (status IN ('draft', 'published')),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      published_at timestamptz,
      CHECK ((status = 'published') = (published_at IS NOT NULL))
    );
    CREATE INDEX knowledge_articles_published_idx ON knowledge_articles (published_at DESC) WHERE status = 'published';
    CREATE INDEX knowledge_articles_owner_idx ON knowledge_articles (owner_org_id, updated_at DESC);

    -- The named recipients (organisations for AMBER and AMBER+STRICT, people for RED), in the shape the one
    -- SQL filter reads (community_id, object_id, org_id, user_id, passed_on_by).
    CREATE TABLE knowledge_article_recipients (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      community_id uuid NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
      object_id uuid NOT NULL REFERENCES knowledge_articles (id) ON DELETE CASCADE,
      org_id uuid REFERENCES organisations (id) ON DELETE CASCADE,
      user_id uuid REFERENCES users (id) ON DELETE CASCADE,
      passed_on_by uuid REFERENCES organisations (id) ON DELETE CASCADE,
      added_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((org_id IS NULL) <> (user_id IS NULL)),
      CHECK (passed_on_by IS NULL OR org_id IS NOT NULL)
    );
    CREATE UNIQUE INDEX knowledge_article_recipients_org_idx ON knowledge_article_recipients (object_id, org_id)
      WHERE org_id IS NOT NULL;
    CREATE UNIQUE INDEX knowledge_article_recipients_user_idx ON knowledge_article_recipients (object_id, user_id)
      WHERE user_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE knowledge_article_recipients, knowledge_articles`.execute(db);
}
