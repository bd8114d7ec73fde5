import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ASSET_KINDS,
  ASSET_TYPES,
  AssetDependencySchema,
  AssetImpactSchema,
  AssetSchema,
  ExternalDependantSchema,
  type Asset,
  type AssetCreate,
  type AssetDependencyCreate,
  type AssetUpdate,
  type ExternalDependantCreate,
} from '@weerbaar/core/assets';
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
  // The graph reads live under the same prefix: any change to an asset refreshes them too.
  dependencies: (orgId: string, id: string) => ['org', orgId, 'assets', 'dependencies', id] as const,
  dependants: (orgId: string, id: string) => ['org', orgId, 'assets', 'dependants', id] as const,
  impact: (orgId: string, id: string) => ['org', orgId, 'assets', 'impact', id] as const,
  // Incidents embed asset names and the crown-jewel flag.
  incidents: (orgId: string) => ['org', orgId, 'incidents'] as const,
};

/** The list's filters, kept in the URL (?kind=asset&assetType=ot_system&crownJewel=true&q=…). */
export const AssetsQuerySchema = z.object({
  kind: z.enum(ASSET_KINDS).optional(),
  assetType: z.enum(ASSET_TYPES).optional(),
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

function useAssetMutation<Body, Result = Asset>(request: (body: Body) => Promise<Result>) {
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

const path = (id: string) => `/assets/${encodeURIComponent(id)}`;

/** What this asset depends on and what depends on it (`from` depends on `to`). */
export function useAssetDependencies(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.dependencies(orgId, id),
    queryFn: async ({ signal }) =>
      checked(
        AssetDependencySchema.array(),
        (await api.get<{ items: unknown[] }>(`${path(id)}/dependencies`, undefined, signal)).items,
        'asset dependencies',
      ),
  });
}

export function useExternalDependants(id: string, enabled = true) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.dependants(orgId, id),
    enabled,
    queryFn: async ({ signal }) =>
      checked(
        ExternalDependantSchema.array(),
        (await api.get<{ items: unknown[] }>(`${path(id)}/external-dependants`, undefined, signal)).items,
        'external dependants',
      ),
  });
}

export function useAssetImpact(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.impact(orgId, id),
    queryFn: async ({ signal }) =>
      checked(AssetImpactSchema, await api.get(`${path(id)}/impact`, { limit: 500 }, signal), 'asset impact'),
  });
}

export const useAddDependency = (id: string) =>
  useAssetMutation((body: AssetDependencyCreate) => api.post<unknown>(`${path(id)}/dependencies`, body));

export const useRemoveDependency = (id: string) =>
  useAssetMutation((toAssetId: string) => api.delete(`${path(id)}/dependencies/${encodeURIComponent(toAssetId)}`));

export const useAddExternalDependant = (id: string) =>
  useAssetMutation((body: ExternalDependantCreate) => api.post<unknown>(`${path(id)}/external-dependants`, body));

export const useRemoveExternalDependant = (id: string) =>
  useAssetMutation((dependantId: string) =>
    api.delete(`${path(id)}/external-dependants/${encodeURIComponent(dependantId)}`),
  );
