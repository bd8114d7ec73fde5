// Table types of the knowledge base: articles and their named recipients
// (migration 20261209_0300_knowledge_articles).
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { QuarterlyReportFigures } from '@weerbaar/core/trends';
import type { DefaultTimestamp, NullableTimestamp, Timestamp } from './column-types.ts';

export interface KnowledgeArticlesTable {
  id: Generated<string>;
  owner_org_id: string;
  community_id: string;
  kind: 'news' | 'guidance' | 'threat' | 'trend';
  title: string;
  summary: string;
  body: string;
  tlp: 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER+STRICT' | 'RED';
  status: 'draft' | 'published';
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: NullableTimestamp;
  /** A quarterly trend report's frozen figures (migration 20261210_0700; core QuarterlyReportFigures). */
  trend_report: ColumnType<QuarterlyReportFigures | null, string | null | undefined, string | null>;
}
export type KnowledgeArticleRow = Selectable<KnowledgeArticlesTable>;

export interface KnowledgeArticleRecipientsTable {
  id: Generated<string>;
  community_id: string;
  object_id: string;
  org_id: string | null;
  user_id: string | null;
  passed_on_by: string | null;
  added_at: DefaultTimestamp;
}

export interface KnowledgeTables {
  knowledge_articles: KnowledgeArticlesTable;
  knowledge_article_recipients: KnowledgeArticleRecipientsTable;
}
