import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ParticipationSchema } from '@weerbaar/core/exercise-agenda';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// The agenda items of authorities this organisation takes part in, for its exercises page.
const key = (orgId: string) => ['org', orgId, 'exercise-agenda-participations'] as const;

export function useParticipations() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: key(orgId),
    queryFn: async ({ signal }) =>
      checked(
        ParticipationSchema.array(),
        (await api.get<{ items: unknown[] }>('/exercise-agenda-participations', undefined, signal)).items,
        'participations',
      ),
  });
}

export function useAnswerParticipation() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, response }: { id: string; response: 'confirmed' | 'declined' }) =>
      api.post<unknown>(`/exercise-agenda-participations/${encodeURIComponent(id)}/responses`, { response }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(orgId) }),
  });
}

export function useLinkExercise() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, exerciseId }: { id: string; exerciseId: string | null }) =>
      api.put<unknown>(`/exercise-agenda-participations/${encodeURIComponent(id)}/linked-exercise`, { exerciseId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(orgId) }),
  });
}
