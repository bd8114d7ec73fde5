import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { InvitationSchema, pageOf, type Role } from '@weerbaar/core/platform';
import { api } from './client.ts';
import { checked } from './contract-check.ts';
import { orgKeys } from './keys.ts';
import { useOrgId } from './use-org-id.ts';

const InvitationsPage = pageOf(InvitationSchema);

export function useInvitations() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: orgKeys.invitations(orgId),
    queryFn: async ({ signal }) =>
      checked(InvitationsPage, await api.get('/invitations', undefined, signal), 'invitations'),
  });
}

export function useCreateInvitation() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; role: Role }) =>
      checked(InvitationSchema, await api.post('/invitations', body), 'invitation'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.invitations(orgId) }),
  });
}

export function useRevokeInvitation() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/invitations/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.invitations(orgId) }),
  });
}
