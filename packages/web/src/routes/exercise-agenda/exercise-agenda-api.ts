import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AgendaItemSchema,
  AgendaSchema,
  AgendaSummarySchema,
  InviteeSchema,
  type AgendaCreate,
  type AgendaItemCreate,
  type AgendaItemUpdate,
  type ExerciseCrisisStart,
} from '@weerbaar/core/exercise-agenda';
import { CrisisSettingsSchema, declarableLevels } from '@weerbaar/core/crisis';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// The authority's exercise agenda (issue 16 item 6).
const key = (orgId: string) => ['org', orgId, 'exercise-agenda'] as const;

export function useAgendas() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...key(orgId), 'list'],
    queryFn: async ({ signal }) =>
      checked(
        AgendaSummarySchema.array(),
        (await api.get<{ items: unknown[] }>('/exercise-agendas', undefined, signal)).items,
        'exercise agendas',
      ),
  });
}

export function useAgenda(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...key(orgId), 'agenda', id],
    queryFn: async ({ signal }) =>
      checked(AgendaSchema, await api.get(`/exercise-agendas/${encodeURIComponent(id)}`, undefined, signal), 'agenda'),
  });
}

export function useAgendaItem(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...key(orgId), 'item', id],
    queryFn: async ({ signal }) =>
      checked(
        AgendaItemSchema,
        await api.get(`/exercise-agenda-items/${encodeURIComponent(id)}`, undefined, signal),
        'agenda item',
      ),
  });
}

export function useInvitees(enabled: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...key(orgId), 'invitees'],
    enabled,
    queryFn: async ({ signal }) =>
      checked(
        InviteeSchema.array(),
        (await api.get<{ items: unknown[] }>('/exercise-agenda-invitees', undefined, signal)).items,
        'invitees',
      ),
  });
}

function useAgendaMutation<V, R>(fn: (v: V) => Promise<R>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(orgId) }),
  });
}

export const useCreateAgenda = () =>
  useAgendaMutation((v: AgendaCreate) =>
    api.post<unknown>('/exercise-agendas', v).then((r) => checked(AgendaSummarySchema, r, 'agenda')),
  );

export const usePlanItem = (agendaId: string) =>
  useAgendaMutation((v: AgendaItemCreate) =>
    api
      .post<unknown>(`/exercise-agendas/${encodeURIComponent(agendaId)}/items`, v)
      .then((r) => checked(AgendaItemSchema, r, 'agenda item')),
  );

export const useUpdateItem = (itemId: string) =>
  useAgendaMutation((v: AgendaItemUpdate) =>
    api.patch<unknown>(`/exercise-agenda-items/${encodeURIComponent(itemId)}`, v),
  );

export const useInvite = (itemId: string) =>
  useAgendaMutation((orgId: string) =>
    api.post<unknown>(`/exercise-agenda-items/${encodeURIComponent(itemId)}/invitations`, { orgId }),
  );

export const useStartExerciseCrisis = (itemId: string) =>
  useAgendaMutation((v: ExerciseCrisisStart) =>
    api.post<unknown>(`/exercise-agenda-items/${encodeURIComponent(itemId)}/crises`, v),
  );

/** The crisis module's escalation levels (configurable data), to choose where an exercise crisis starts. */
export function useCrisisLevels(enabled: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'crisis-settings'],
    enabled,
    queryFn: async ({ signal }) =>
      declarableLevels(
        checked(CrisisSettingsSchema, await api.get('/crisis-settings', undefined, signal), 'crisis settings').levels,
      ),
  });
}
