import { sql, type Kysely } from 'kysely';

// The quarterly trend report published as a knowledge article (issue 15 item 1): the article carries the
// quarter's suppressed figures as they were when it was published, and the PDF is rendered from them on
// every download, so a published report never changes when later reports arrive. Only a trend article
// carries one; the figures are aggregates already suppressed (never a raw count under 3 entities).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE knowledge_articles ADD COLUMN trend_report jsonb,
      ADD CONSTRAINT knowledge_articles_trend_report_kind CHECK (trend_report IS NULL OR kind = 'trend');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE knowledge_articles DROP COLUMN trend_report`.execute(db);
}
