// Knowledge articles (issue 14 item 6). Every read by someone other than the writer goes through the one SQL
// filter of TLP (shared-visibility.ts, built from core's mayRead), with knowledge_article_recipients as the
// table of named recipients; drafts are read by their owner only.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { DbOrTrx } from '../db/database.ts';
import type { KnowledgeArticleRecipientsTable, KnowledgeArticlesTable } from '../db/schema-knowledge.ts';
import { KNOWLEDGE_ARTICLES, visibleTo, type SqlViewer } from './shared-visibility.ts';

export async function insertKnowledgeArticle(db: DbOrTrx, row: Insertable<KnowledgeArticlesTable>) {
  return db.insertInto('knowledge_articles').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The article, if this organisation wrote it (for changes: the author only). */
export async function findOwnKnowledgeArticle(db: DbOrTrx, ownerOrgId: string, id: string) {
  return db
    .selectFrom('knowledge_articles')
    .selectAll()
    .where('owner_org_id', '=', ownerOrgId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateKnowledgeArticle(
  db: DbOrTrx,
  ownerOrgId: string,
  id: string,
  changes: Updateable<KnowledgeArticlesTable>,
) {
  return db
    .updateTable('knowledge_articles')
    .set(changes)
    .where('owner_org_id', '=', ownerOrgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces the named recipients of an article (its community may have changed too). */
export async function replaceKnowledgeRecipients(
  db: DbOrTrx,
  articleId: string,
  rows: readonly Omit<Insertable<KnowledgeArticleRecipientsTable>, 'object_id'>[],
) {
  await db.deleteFrom('knowledge_article_recipients').where('object_id', '=', articleId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('knowledge_article_recipients')
    .values(rows.map((r) => ({ ...r, object_id: articleId })))
    .execute();
}

export async function knowledgeRecipientsOf(db: DbOrTrx, articleId: string) {
  return db
    .selectFrom('knowledge_article_recipients')
    .select(['org_id', 'user_id'])
    .where('object_id', '=', articleId)
    .where('passed_on_by', 'is', null)
    .execute();
}

/** Which of these ids are organisations and which are people (named recipients must exist). */
export async function existingRecipients(db: DbOrTrx, orgIds: readonly string[], userIds: readonly string[]) {
  const orgs = orgIds.length
    ? await db
        .selectFrom('organisations')
        .select('id')
        .where('id', 'in', [...orgIds])
        .execute()
    : [];
  const users = userIds.length
    ? await db
        .selectFrom('users')
        .select('id')
        .where('id', 'in', [...userIds])
        .execute()
    : [];
  return { orgIds: new Set(orgs.map((o) => o.id)), userIds: new Set(users.map((u) => u.id)) };
}

export interface KnowledgeListFilter {
  kind?: KnowledgeArticlesTable['kind'] | undefined;
  id?: string | undefined;
  limit: number;
}

function selectArticles(db: DbOrTrx) {
  return db
    .selectFrom('knowledge_articles as o')
    .innerJoin('communities as c', 'c.id', 'o.community_id')
    .innerJoin('organisations as org', 'org.id', 'o.owner_org_id')
    .selectAll('o')
    .select(['c.name as community_name', 'org.name as owner_org_name']);
}
export type KnowledgeArticleListRow = Awaited<ReturnType<ReturnType<typeof selectArticles>['execute']>>[number];

/**
 * The articles this viewer may read, newest first: the published ones the one TLP filter lets through, and
 * the viewer organisation's own drafts. The public page passes the viewer with no organisation (CLEAR only).
 */
export async function listVisibleKnowledgeArticles(
  db: DbOrTrx,
  viewer: SqlViewer,
  f: KnowledgeListFilter,
): Promise<KnowledgeArticleListRow[]> {
  let q = selectArticles(db).where(visibleTo(viewer, 'o', KNOWLEDGE_ARTICLES));
  q =
    viewer.orgId === null
      ? q.where('o.status', '=', 'published')
      : q.where((eb) => eb.or([eb('o.status', '=', 'published'), eb('o.owner_org_id', '=', viewer.orgId!)]));
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  if (f.id) q = q.where('o.id', '=', f.id);
  return q
    .orderBy(sql`coalesce(o.published_at, o.updated_at)`, 'desc')
    .orderBy('o.id')
    .limit(f.limit)
    .execute();
}
