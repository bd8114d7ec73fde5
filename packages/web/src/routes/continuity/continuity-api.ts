import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  BusinessImpactSummarySchema,
  BusinessImpactViewSchema,
  type BusinessImpactInput,
} from '@weerbaar/core/continuity';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// Under ['org', orgId, 'continuity', …]; a saved analysis also changes the service's MTPD (assets) and what
// the concentration view counts as critical (suppliers).
const keys = {
  all: (orgId: string) => ['org', orgId, 'continuity'] as const,
  list: (orgId: string) => ['org', orgId, 'continuity', 'bia'] as const,
  one: (orgId: string, id: string) => ['org', orgId, 'continuity', 'bia', id] as const,
};

export function useBusinessImpacts() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.list(orgId),
    queryFn: async ({ signal }) =>
      checked(
        BusinessImpactSummarySchema.array(),
        (await api.get<{ items: unknown[] }>('/business-impact-analyses', undefined, signal)).items,
        'business impact analyses',
      ),
  });
}

export function useBusinessImpact(assetId: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.one(orgId, assetId),
    queryFn: async ({ signal }) =>
      checked(
        BusinessImpactViewSchema,
        await api.get(`/business-impact-analyses/${encodeURIComponent(assetId)}`, undefined, signal),
        'business impact analysis',
      ),
  });
}

export function useRecordBusinessImpact(assetId: string) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BusinessImpactInput) =>
      api.put(`/business-impact-analyses/${encodeURIComponent(assetId)}`, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
        queryClient.invalidateQueries({ queryKey: ['org', orgId, 'assets'] }),
        queryClient.invalidateQueries({ queryKey: ['org', orgId, 'suppliers'] }),
      ]),
  });
}
