// Reads of the knowledge base. Every read goes through the one TLP filter (shared-visibility.ts, built from
// core's mayRead); the public reads use the viewer without organisation or person, which only CLEAR reaches.
import type { KnowledgeArticleQuery } from '@weerbaar/core/knowledge';
import { notFound } from '@weerbaar/core/platform';
import type { DbOrTrx } from '../../db/database.ts';
import type { OrgActor } from '../../kernel/actor.ts';
import {
  knowledgeRecipientsOf,
  listVisibleKnowledgeArticles,
} from '../../repositories/knowledge-article.repository.ts';
import { PUBLIC_VIEWER, viewerOf } from '../sharing/sharing-queries.ts';
import {
  presentKnowledgeArticle,
  presentKnowledgeSummary,
  presentPublicKnowledgeArticle,
} from './knowledge.presenter.ts';

export async function listKnowledgeArticles(db: DbOrTrx, ctx: OrgActor, q: KnowledgeArticleQuery) {
  return (await listVisibleKnowledgeArticles(db, viewerOf(ctx), q)).map((r) => presentKnowledgeSummary(r, ctx.orgId));
}

/** One article the viewer may read; "not found" for one it may not (its existence does not leak). */
export async function getKnowledgeArticle(db: DbOrTrx, ctx: OrgActor, id: string) {
  const [row] = await listVisibleKnowledgeArticles(db, viewerOf(ctx), { id, limit: 1 });
  if (!row) throw notFound('Knowledge article');
  const recipients = row.owner_org_id === ctx.orgId ? await knowledgeRecipientsOf(db, id) : [];
  return presentKnowledgeArticle(row, ctx.orgId, recipients);
}

/** Published TLP:CLEAR articles, for every organisation in the Netherlands, without signing in. */
export async function listPublicKnowledgeArticles(db: DbOrTrx, q: KnowledgeArticleQuery) {
  return (await listVisibleKnowledgeArticles(db, PUBLIC_VIEWER, q)).map(presentPublicKnowledgeArticle);
}

export async function getPublicKnowledgeArticle(db: DbOrTrx, id: string) {
  const [row] = await listVisibleKnowledgeArticles(db, PUBLIC_VIEWER, { id, limit: 1 });
  if (!row) throw notFound('Knowledge article');
  return presentPublicKnowledgeArticle(row);
}
