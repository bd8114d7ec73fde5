import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CrisisSchema,
  AffectedEntityListSchema,
  CrisisRequestListSchema,
  CrisisRequestSchema,
  ReceivedCrisisRequestListSchema,
  ReceivedCrisisRequestSchema,
  type CrisisAnswerInput,
  type SendCrisisRequest,
} from '@weerbaar/core/crisis';
import { AssetSchema } from '@weerbaar/core/assets';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// Under ['org', orgId, 'crisis-requests', …]: a change refreshes every list and page of the area. Lists and
// pages refresh every 30 s: answers come in while the coordinator looks (the picture updates live).
const all = (orgId: string) => ['org', orgId, 'crisis-requests'] as const;
const LIVE_MS = 30_000;

export function useSentRequests(crisisId: string | undefined) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'sent', crisisId ?? ''],
    queryFn: async ({ signal }) =>
      checked(
        CrisisRequestListSchema,
        await api.get('/crisis-requests', crisisId ? { crisisId } : {}, signal),
        'crisis requests',
      ).items,
    refetchInterval: LIVE_MS,
  });
}

export function useSentRequest(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'sent-one', id],
    queryFn: async ({ signal }) =>
      checked(
        CrisisRequestSchema,
        await api.get(`/crisis-requests/${encodeURIComponent(id)}`, {}, signal),
        'crisis request',
      ),
    refetchInterval: LIVE_MS,
  });
}

/**
 * The crisis's members on another installation: a crisis message from the room goes to them by default (they
 * do not read the room; messages and sitreps over the pull are what reaches them).
 */
export function useCrisisRemoteMembers(crisisId: string | undefined) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'crisis-remote-members', crisisId],
    enabled: crisisId !== undefined,
    queryFn: async ({ signal }) =>
      checked(CrisisSchema, await api.get(`/crises/${crisisId}`, {}, signal), 'crisis').members.filter((m) => m.remote),
  });
}

export function useAffectedEntities(criteria: { sectors: string; provinces: string; observables: string }) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'affected', criteria],
    queryFn: async ({ signal }) =>
      checked(
        AffectedEntityListSchema,
        await api.get('/crisis-requests/affected-entities', criteria, signal),
        'affected entities',
      ).items,
  });
}

export function useReceivedRequests() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'received'],
    queryFn: async ({ signal }) =>
      checked(
        ReceivedCrisisRequestListSchema,
        await api.get('/received-crisis-requests', {}, signal),
        'received crisis requests',
      ).items,
    refetchInterval: LIVE_MS,
  });
}

export function useReceivedRequest(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'received-one', id],
    queryFn: async ({ signal }) =>
      checked(
        ReceivedCrisisRequestSchema,
        await api.get(`/received-crisis-requests/${encodeURIComponent(id)}`, {}, signal),
        'received crisis request',
      ),
  });
}

function useAreaMutation<Input, Output>(request: (input: Input) => Promise<Output>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: all(orgId) }),
  });
}

export const useSendCrisisRequest = () =>
  useAreaMutation(async (input: SendCrisisRequest) =>
    checked(CrisisRequestSchema, await api.post('/crisis-requests', input), 'crisis request'),
  );

export const usePullNow = () => useAreaMutation(async () => api.post('/received-crisis-requests/pulls', {}));

export const useMarkRead = () =>
  useAreaMutation(async (id: string) =>
    checked(
      ReceivedCrisisRequestSchema,
      await api.post(`/received-crisis-requests/${encodeURIComponent(id)}/read`, {}),
      'received crisis request',
    ),
  );

export const useAnswer = () =>
  useAreaMutation(async ({ id, answer }: { id: string; answer: CrisisAnswerInput }) =>
    checked(
      ReceivedCrisisRequestSchema,
      await api.post(`/received-crisis-requests/${encodeURIComponent(id)}/answers`, answer),
      'received crisis request',
    ),
  );

/** The organisation's own services and assets, to name in an answer. */
export function useOwnAssets() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'assets'],
    queryFn: async ({ signal }) =>
      checked(AssetSchema.array(), (await api.get<{ items: unknown[] }>('/assets', {}, signal)).items, 'assets'),
  });
}
