import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MemberSchema, pageOf, type Role } from '@weerbaar/core/platform';
import { api } from './client.ts';
import { checked } from './contract-check.ts';
import { orgKeys } from './keys.ts';
import { useOrgId } from './use-org-id.ts';

const MembersPage = pageOf(MemberSchema);

export function useMembers() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: orgKeys.members(orgId),
    queryFn: async ({ signal }) => checked(MembersPage, await api.get('/members', undefined, signal), 'members'),
  });
}

export function useChangeMemberRole() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, role }: { userId: string; role: Role }) =>
      checked(MemberSchema, await api.patch(`/members/${encodeURIComponent(userId)}`, { role }), 'member'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
  });
}

export function useRemoveMember() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.delete(`/members/${encodeURIComponent(userId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
  });
}
