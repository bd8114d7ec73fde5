import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiTokenSchema, CreatedApiTokenSchema, pageOf, type Role } from '@weerbaar/core/platform';
import { api } from './client.ts';
import { checked } from './contract-check.ts';
import { orgKeys } from './keys.ts';
import { useOrgId } from './use-org-id.ts';

const ApiTokensPage = pageOf(ApiTokenSchema);

export function useApiTokens() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: orgKeys.apiTokens(orgId),
    queryFn: async ({ signal }) =>
      checked(ApiTokensPage, await api.get('/api-tokens', undefined, signal), 'API tokens'),
  });
}

export function useCreateApiToken() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; role: Role; senderOrgId?: string }) =>
      checked(CreatedApiTokenSchema, await api.post('/api-tokens', body), 'created API token'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.apiTokens(orgId) }),
  });
}

export function useRevokeApiToken() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api-tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.apiTokens(orgId) }),
  });
}
