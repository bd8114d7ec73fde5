// What an article shows, as allow-lists: the list (no body), the article (recipients only to its writer),
// and the public page (nothing of communities or recipients, CLEAR only).
import type { KnowledgeArticle, KnowledgeArticleSummary, PublicKnowledgeArticle } from '@weerbaar/core/knowledge';
import type { KnowledgeArticleListRow } from '../../repositories/knowledge-article.repository.ts';

export function presentKnowledgeSummary(row: KnowledgeArticleListRow, viewerOrgId: string): KnowledgeArticleSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    tlp: row.tlp,
    status: row.status,
    communityId: row.community_id,
    communityName: row.community_name,
    ownerOrgName: row.owner_org_name,
    own: row.owner_org_id === viewerOrgId,
    version: row.version,
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    hasReport: row.trend_report !== null,
  };
}

export function presentKnowledgeArticle(
  row: KnowledgeArticleListRow,
  viewerOrgId: string,
  recipients: readonly { org_id: string | null; user_id: string | null }[],
): KnowledgeArticle {
  const own = row.owner_org_id === viewerOrgId;
  return {
    ...presentKnowledgeSummary(row, viewerOrgId),
    body: row.body,
    recipientOrgIds: own ? recipients.flatMap((r) => (r.org_id ? [r.org_id] : [])) : [],
    recipientUserIds: own ? recipients.flatMap((r) => (r.user_id ? [r.user_id] : [])) : [],
  };
}

/** Only ever called with rows the public filter gave (CLEAR, published); throws if one is not. */
export function presentPublicKnowledgeArticle(row: KnowledgeArticleListRow): PublicKnowledgeArticle {
  if (row.tlp !== 'CLEAR' || row.status !== 'published' || row.published_at === null)
    throw new Error('Only a published TLP:CLEAR article may be shown publicly');
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    body: row.body,
    tlp: 'CLEAR',
    ownerOrgName: row.owner_org_name,
    publishedAt: row.published_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    hasReport: row.trend_report !== null,
  };
}
