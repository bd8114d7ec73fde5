import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  KnowledgeArticleSchema,
  KnowledgeArticleSummarySchema,
  PublicKnowledgeArticleSchema,
  type KnowledgeArticle,
  type KnowledgeArticleInput,
  type KnowledgeKind,
} from '@weerbaar/core/knowledge';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

const keys = {
  all: (orgId: string) => ['org', orgId, 'knowledge'] as const,
  list: (orgId: string, kind?: KnowledgeKind) => ['org', orgId, 'knowledge', 'list', kind ?? 'all'] as const,
  one: (orgId: string, id: string) => ['org', orgId, 'knowledge', 'one', id] as const,
};

/** Articles the organisation may read under TLP 2.0 and its own drafts (the server filters; nothing is hidden here). */
export function useKnowledgeArticles(kind?: KnowledgeKind) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.list(orgId, kind),
    queryFn: async ({ signal }) =>
      checked(
        z.object({ items: z.array(KnowledgeArticleSummarySchema) }),
        await api.get('/knowledge-articles', { kind }, signal),
        'knowledge articles',
      ),
  });
}

export function useKnowledgeArticle(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.one(orgId, id),
    queryFn: async ({ signal }) =>
      checked(KnowledgeArticleSchema, await api.get(`/knowledge-articles/${id}`, {}, signal), 'knowledge article'),
  });
}

function useKnowledgeMutation<I>(request: (input: I) => Promise<KnowledgeArticle>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export const useCreateKnowledgeArticle = () =>
  useKnowledgeMutation((body: KnowledgeArticleInput) => api.post<KnowledgeArticle>('/knowledge-articles', body));

export const usePublishKnowledgeArticle = (id: string) =>
  useKnowledgeMutation(() => api.post<KnowledgeArticle>(`/knowledge-articles/${id}/publish`, {}));

/** Published TLP:CLEAR articles, without signing in. */
export function usePublicKnowledgeArticles(kind?: KnowledgeKind) {
  return useQuery({
    queryKey: ['public', 'knowledge', 'list', kind ?? 'all'],
    queryFn: async ({ signal }) =>
      checked(
        z.object({ items: z.array(PublicKnowledgeArticleSchema) }),
        await api.get('/public/knowledge-articles', { kind }, signal),
        'public knowledge articles',
      ),
  });
}

export function usePublicKnowledgeArticle(id: string) {
  return useQuery({
    queryKey: ['public', 'knowledge', 'one', id],
    queryFn: async ({ signal }) =>
      checked(
        PublicKnowledgeArticleSchema,
        await api.get(`/public/knowledge-articles/${id}`, {}, signal),
        'public knowledge article',
      ),
  });
}
