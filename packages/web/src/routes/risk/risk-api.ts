import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AssetSchema } from '@weerbaar/core/assets';
import {
  RiskMatrixSchema,
  RiskSchema,
  RiskScenarioSchema,
  ThreatSchema,
  TREATMENT_STRATEGIES,
  type Risk,
  type RiskCreate,
  type RiskMatrix,
  type RiskMatrixConfig,
  type RiskReviewCreate,
  type RiskScenario,
  type RiskScenarioCreate,
  type RiskUpdate,
  type Threat,
  type ThreatCreate,
} from '@weerbaar/core/risk';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

const keys = {
  all: (orgId: string) => ['org', orgId, 'risk'] as const,
  risks: (orgId: string, query: object) => ['org', orgId, 'risk', 'risks', query] as const,
  risk: (orgId: string, id: string) => ['org', orgId, 'risk', 'risk', id] as const,
  matrix: (orgId: string) => ['org', orgId, 'risk', 'matrix'] as const,
  threats: (orgId: string) => ['org', orgId, 'risk', 'threats'] as const,
  // The assets area's list key (assets-api.ts), so both share one cache entry.
  crownJewels: (orgId: string) => ['org', orgId, 'assets', 'list', { crownJewel: 'true' }] as const,
  assets: (orgId: string) => ['org', orgId, 'assets', 'list', {}] as const,
};

export const RISK_SORTS = ['score', 'inherent', 'title', 'review'] as const;

/** The register's filters and order, kept in the URL (?q=…&band=high&strategy=accept&sort=review). */
export const RisksQuerySchema = z.object({
  q: z.string().max(200).optional(),
  band: z.string().max(40).optional(),
  assetId: z.uuid().optional(),
  strategy: z.enum(TREATMENT_STRATEGIES).optional(),
  sort: z.enum(RISK_SORTS).optional(),
});
export type RisksQuery = z.output<typeof RisksQuerySchema>;

export function useRiskList(query: Omit<RisksQuery, 'sort'>) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.risks(orgId, query),
    queryFn: async ({ signal }) =>
      checked(RiskSchema.array(), (await api.get<{ items: unknown[] }>('/risks', { ...query }, signal)).items, 'risks'),
    placeholderData: keepPreviousData,
  });
}

export function useRisk(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.risk(orgId, id),
    queryFn: async ({ signal }) =>
      checked(RiskSchema, await api.get(`/risks/${encodeURIComponent(id)}`, undefined, signal), 'risk'),
  });
}

export function useScenario(id: string | undefined) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'risk', 'scenario', id] as const,
    enabled: id !== undefined,
    queryFn: async ({ signal }) =>
      checked(
        RiskScenarioSchema,
        await api.get(`/risk-scenarios/${encodeURIComponent(id!)}`, undefined, signal),
        'scenario',
      ),
  });
}

export function useRiskMatrix() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.matrix(orgId),
    queryFn: async ({ signal }) =>
      checked(RiskMatrixSchema, await api.get('/risk-matrix', undefined, signal), 'matrix'),
  });
}

export function useThreats() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.threats(orgId),
    queryFn: async ({ signal }) =>
      checked(
        ThreatSchema.array(),
        (await api.get<{ items: unknown[] }>('/threats', undefined, signal)).items,
        'threats',
      ),
  });
}

export function useCrownJewels() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.crownJewels(orgId),
    queryFn: async ({ signal }) =>
      checked(
        AssetSchema.array(),
        (await api.get<{ items: unknown[] }>('/assets', { crownJewel: 'true' }, signal)).items,
        'assets',
      ),
  });
}

/** Every service and asset, for the register's per-service filter. */
export function useAssets() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.assets(orgId),
    queryFn: async ({ signal }) =>
      checked(AssetSchema.array(), (await api.get<{ items: unknown[] }>('/assets', {}, signal)).items, 'assets'),
  });
}

function useRiskMutation<Body, Out>(request: (body: Body) => Promise<Out>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export const useChangeRiskMatrix = () =>
  useRiskMutation((body: RiskMatrixConfig) => api.put<RiskMatrix>('/risk-matrix', body));

export const useCreateThreat = () =>
  useRiskMutation((body: ThreatCreate) =>
    api.post<unknown>('/threats', body).then((r) => checked(ThreatSchema, r, 'threat') as Threat),
  );

export const useCreateScenario = () =>
  useRiskMutation((body: RiskScenarioCreate) =>
    api.post<unknown>('/risk-scenarios', body).then((r) => checked(RiskScenarioSchema, r, 'scenario') as RiskScenario),
  );

export const useCreateRisk = () =>
  useRiskMutation((body: RiskCreate) =>
    api.post<unknown>('/risks', body).then((r) => checked(RiskSchema, r, 'risk') as Risk),
  );

export const useChangeRisk = (id: string) =>
  useRiskMutation((body: RiskUpdate) => api.patch<Risk>(`/risks/${encodeURIComponent(id)}`, body));

export const useReviewRisk = (id: string) =>
  useRiskMutation((body: RiskReviewCreate) => api.post<Risk>(`/risks/${encodeURIComponent(id)}/reviews`, body));

/** Downloads of the register (CSV, XLSX) and the report for the management body (PDF). */
export const RISK_EXPORTS = {
  csv: '/api/v1/risks/export?format=csv',
  xlsx: '/api/v1/risks/export?format=xlsx',
  pdf: '/api/v1/risks/report',
} as const;
