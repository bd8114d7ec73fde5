import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AssetSchema } from '@weerbaar/core/assets';
import {
  IncidentResponsePlanSchema,
  PackSchema,
  PackStatusSchema,
  PlanDetailSchema,
  PlanSummarySchema,
  type Pack,
  type PlanApprove,
  type PlanCreateInput,
  type PlanDetail,
  type PlanUpdate,
} from '@weerbaar/core/continuity';
import { API_BASE, api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

const keys = {
  all: (orgId: string) => ['org', orgId, 'continuity-plans'] as const,
  list: (orgId: string) => ['org', orgId, 'continuity-plans', 'list'] as const,
  plan: (orgId: string, id: string) => ['org', orgId, 'continuity-plans', 'plan', id] as const,
  packStatus: (orgId: string) => ['org', orgId, 'continuity-plans', 'pack-status'] as const,
  irp: (orgId: string) => ['org', orgId, 'continuity-plans', 'incident-response-plan'] as const,
  services: (orgId: string) => ['org', orgId, 'assets', 'list', { kind: 'service' }] as const,
};

export const packDownloads = (pack: Pick<Pack, 'id'>) => ({
  pdf: `${API_BASE}/continuity-packs/${encodeURIComponent(pack.id)}/pdf`,
  html: `${API_BASE}/continuity-packs/${encodeURIComponent(pack.id)}/html`,
});

export function useContinuityPlans() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.list(orgId),
    queryFn: async ({ signal }) =>
      checked(
        PlanSummarySchema.array(),
        (await api.get<{ items: unknown[] }>('/continuity-plans', undefined, signal)).items,
        'continuity plans',
      ),
  });
}

export function useContinuityPlan(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.plan(orgId, id),
    queryFn: async ({ signal }) =>
      checked(
        PlanDetailSchema,
        await api.get(`/continuity-plans/${encodeURIComponent(id)}`, undefined, signal),
        'continuity plan',
      ),
  });
}

export function usePackStatus() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.packStatus(orgId),
    queryFn: async ({ signal }) =>
      checked(PackStatusSchema, await api.get('/continuity-packs/status', undefined, signal), 'pack status'),
  });
}

export function useIncidentResponsePlan(enabled = true) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.irp(orgId),
    enabled,
    queryFn: async ({ signal }) =>
      checked(
        IncidentResponsePlanSchema,
        await api.get('/continuity-plans/incident-response-plan', undefined, signal),
        'incident response plan',
      ),
  });
}

/** The services of the shared graph a continuity plan can be about. */
export function useServices() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.services(orgId),
    queryFn: async ({ signal }) =>
      checked(
        AssetSchema.array(),
        (await api.get<{ items: unknown[] }>('/assets', { kind: 'service' }, signal)).items,
        'services',
      ),
  });
}

function usePlanMutation<Body, Out>(request: (body: Body) => Promise<Out>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

const detail = (r: unknown) => checked(PlanDetailSchema, r, 'continuity plan') as PlanDetail;

export const useCreatePlan = () =>
  usePlanMutation((body: PlanCreateInput) => api.post<unknown>('/continuity-plans', body).then(detail));

export const useChangePlan = (id: string) =>
  usePlanMutation((body: PlanUpdate) =>
    api.patch<unknown>(`/continuity-plans/${encodeURIComponent(id)}`, body).then(detail),
  );

export const useApprovePlan = (id: string) =>
  usePlanMutation((body: PlanApprove) =>
    api.post<unknown>(`/continuity-plans/${encodeURIComponent(id)}/approval`, body).then(detail),
  );

export const useMakePack = () =>
  usePlanMutation(() => api.post<unknown>('/continuity-packs', {}).then((r) => checked(PackSchema, r, 'pack') as Pack));
