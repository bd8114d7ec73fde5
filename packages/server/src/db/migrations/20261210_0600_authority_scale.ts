import { sql, type Kysely } from 'kysely';

// National scale (issue 15 item 6; docs/SCALE.md). The campaign list shows its total; counting the
// authority's campaigns row by row grows with them (292 ms p95 at 1,000,000 observations). `campaign_counts`
// keeps the number per authority and indicator type, raised in the same transaction that inserts a campaign
// (repositories/campaign.repository.ts → upsertCampaigns), so the total is exact and costs one index range
// of at most eight rows. Campaigns are only ever removed with their organisation (ON DELETE CASCADE).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE campaign_counts (
      org_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      indicator_type text NOT NULL,
      campaigns integer NOT NULL CHECK (campaigns >= 0),
      PRIMARY KEY (org_id, indicator_type)
    );
    INSERT INTO campaign_counts (org_id, indicator_type, campaigns)
    SELECT org_id, indicator_type, count(*) FROM campaigns GROUP BY org_id, indicator_type;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE campaign_counts`.execute(db);
}
