import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ASSET_KINDS, AssetSchema, type Asset, type AssetCreate, type AssetUpdate } from '@weerbaar/core/assets';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// Under ['org', orgId, 'assets', …] (api/keys.ts), the prefix the incident form's asset list uses too,
// so a change here refreshes that list as well.
const keys = {
  all: (orgId: string) => ['org', orgId, 'assets'] as const,
  list: (orgId: string, query: object) => ['org', orgId, 'assets', 'list', query] as const,
  one: (orgId: string, id: string) => ['org', orgId, 'assets', 'one', id] as const,
  // Incidents embed asset names and the crown-jewel flag.
  incidents: (orgId: string) => ['org', orgId, 'incidents'] as const,
};

/** The list's filters, kept in the URL (?kind=service&crownJewel=true&q=…). */
export const AssetsQuerySchema = z.object({
  kind: z.enum(ASSET_KINDS).optional(),
  crownJewel: z.literal('true').optional(),
  q: z.string().max(200).optional(),
});
export type AssetListQuery = z.output<typeof AssetsQuerySchema>;

export function useAssetList(query: AssetListQuery) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.list(orgId, query),
    queryFn: async ({ signal }) =>
      checked(
        AssetSchema.array(),
        (await api.get<{ items: unknown[] }>('/assets', { ...query }, signal)).items,
        'assets',
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAsset(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.one(orgId, id),
    queryFn: async ({ signal }) =>
      checked(AssetSchema, await api.get(`/assets/${encodeURIComponent(id)}`, undefined, signal), 'asset'),
  });
}

function useAssetMutation<Body>(request: (body: Body) => Promise<Asset>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
        queryClient.invalidateQueries({ queryKey: keys.incidents(orgId) }),
      ]),
  });
}

export const useCreateAsset = () => useAssetMutation((body: AssetCreate) => api.post<Asset>('/assets', body));

export const useChangeAsset = (id: string) =>
  useAssetMutation((body: AssetUpdate) => api.patch<Asset>(`/assets/${encodeURIComponent(id)}`, body));
