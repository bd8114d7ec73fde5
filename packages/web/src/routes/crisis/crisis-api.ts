import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CrisisListSchema,
  CrisisSchema,
  CrisisSettingsSchema,
  CrisisSitrepSchema,
  CrisisTeamCandidatesSchema,
  type Crisis,
  type CrisisActionCreate,
  type CrisisClose,
  type CrisisDeclare,
  type CrisisDecisionCreate,
  type CrisisFactCreate,
  type CrisisLevelChange,
  type CrisisScopeInput,
  type CrisisScopeRemoval,
  type CrisisSettings,
  type CrisisSitrep,
  type CrisisTeamMemberSet,
} from '@weerbaar/core/crisis';
import { api, apiUrl } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// Under ['org', orgId, 'crisis', …]: a change refreshes the list and the room.
const all = (orgId: string) => ['org', orgId, 'crisis'] as const;

export function useCrises(exercise: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'list', exercise],
    queryFn: async ({ signal }) =>
      checked(CrisisListSchema, await api.get('/crises', { exercise: String(exercise) }, signal), 'crises').items,
  });
}

/** The room refreshes every 30 s: members post facts and decisions at the same time. */
export function useCrisis(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'one', id],
    queryFn: async ({ signal }) => checked(CrisisSchema, await api.get(`/crises/${id}`, {}, signal), 'crisis'),
    refetchInterval: 30_000,
  });
}

/** Who may be put in the crisis team (owner and member organisations); only for who may manage the room. */
export function useTeamCandidates(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'team-candidates', id],
    queryFn: async ({ signal }) =>
      checked(
        CrisisTeamCandidatesSchema,
        await api.get(`/crises/${id}/team-candidates`, {}, signal),
        'crisis team candidates',
      ).organisations,
  });
}

export function useCrisisSettings(enabled: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'settings'],
    queryFn: async ({ signal }) =>
      checked(CrisisSettingsSchema, await api.get('/crisis-settings', {}, signal), 'crisis settings'),
    enabled,
  });
}

function useCrisisMutation<Input, Output>(request: (input: Input) => Promise<Output>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: all(orgId) }),
  });
}

export const useDeclareCrisis = () => useCrisisMutation((body: CrisisDeclare) => api.post<Crisis>('/crises', body));
export const useChangeLevel = (id: string) =>
  useCrisisMutation((body: CrisisLevelChange) => api.post<Crisis>(`/crises/${id}/level-changes`, body));
export const useAddFact = (id: string) =>
  useCrisisMutation((body: CrisisFactCreate) => api.post<unknown>(`/crises/${id}/facts`, body));
export const useLogDecision = (id: string) =>
  useCrisisMutation((body: CrisisDecisionCreate) => api.post<unknown>(`/crises/${id}/decisions`, body));
export const useAddAction = (id: string) =>
  useCrisisMutation((body: CrisisActionCreate) => api.post<unknown>(`/crises/${id}/actions`, body));
export const useChangeAction = (id: string) =>
  useCrisisMutation((body: { actionId: string; done: boolean }) =>
    api.patch<unknown>(`/crises/${id}/actions/${body.actionId}`, { done: body.done }),
  );
export const useIssueSitrep = (id: string) =>
  useCrisisMutation((body: { summary: string }) => api.post<CrisisSitrep>(`/crises/${id}/sitreps`, body));
export const useCloseCrisis = (id: string) =>
  useCrisisMutation((body: CrisisClose) => api.post<Crisis>(`/crises/${id}/closure`, body));

export const useUpdateScope = (id: string) =>
  useCrisisMutation((body: Partial<CrisisScopeInput>) => api.put<Crisis>(`/crises/${id}/scope`, body));
export const useRemoveScopeLinks = (id: string) =>
  useCrisisMutation((body: CrisisScopeRemoval) => api.post<Crisis>(`/crises/${id}/scope/removals`, body));
export const useAddMember = (id: string) =>
  useCrisisMutation((orgId: string) => api.post<Crisis>(`/crises/${id}/members`, { orgId }));
export const useRemoveMember = (id: string) =>
  useCrisisMutation((orgId: string) => api.delete(`/crises/${id}/members/${encodeURIComponent(orgId)}`));
export const useSetTeamMember = (id: string) =>
  useCrisisMutation((body: CrisisTeamMemberSet) => api.post<Crisis>(`/crises/${id}/team`, body));
export const useRemoveTeamMember = (id: string) =>
  useCrisisMutation((userId: string) => api.delete(`/crises/${id}/team/${encodeURIComponent(userId)}`));
export const useSaveCrisisSettings = () =>
  useCrisisMutation((body: CrisisSettings) => api.put<CrisisSettings>('/crisis-settings', body));

export const sitrepPdfUrl = (crisisId: string, sitrepId: string) =>
  apiUrl(`/crises/${crisisId}/sitreps/${sitrepId}/pdf`);
export const recordPdfUrl = (crisisId: string) => apiUrl(`/crises/${crisisId}/pdf`);

export function useSitrep(crisisId: string, sitrepId: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'sitrep', crisisId, sitrepId],
    queryFn: async ({ signal }) =>
      checked(CrisisSitrepSchema, await api.get(`/crises/${crisisId}/sitreps/${sitrepId}`, {}, signal), 'sitrep'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
