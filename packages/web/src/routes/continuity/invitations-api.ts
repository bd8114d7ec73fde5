import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ReceivedInvitationSchema } from '@weerbaar/core/continuity';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// The exercise invitations this organisation received, for its overview. Apart from exercises-api.ts so
// the overview does not load the risk contracts (threat catalogue) the exercise pages use.
const key = (orgId: string) => ['org', orgId, 'exercise-invitations'] as const;

export function useReceivedInvitations() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: key(orgId),
    queryFn: async ({ signal }) =>
      checked(
        ReceivedInvitationSchema.array(),
        (await api.get<{ items: unknown[] }>('/exercise-invitations', undefined, signal)).items,
        'exercise invitations',
      ),
  });
}

export function useAnswerInvitation() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, response }: { id: string; response: 'accepted' | 'declined' }) =>
      api.post<unknown>(`/exercise-invitations/${encodeURIComponent(id)}/responses`, { response }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(orgId) }),
  });
}
