import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SsoConfigSchema, type SsoConfigUpdate } from '@weerbaar/core/platform';
import { api } from './client.ts';
import { checked } from './contract-check.ts';
import { useOrgId } from './use-org-id.ts';

const ssoKey = (orgId: string) => ['org', orgId, 'sso-config'] as const;

export function useSsoConfig() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ssoKey(orgId),
    queryFn: async ({ signal }) =>
      checked(SsoConfigSchema, await api.get('/sso-config', undefined, signal), 'sign-in settings'),
  });
}

export function useSaveSsoConfig() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SsoConfigUpdate) =>
      checked(SsoConfigSchema, await api.put('/sso-config', body), 'sign-in settings'),
    onSuccess: (saved) => queryClient.setQueryData(ssoKey(orgId), saved),
  });
}

/** The browser leaves for the organisation's identity provider (a full page load, not a fetch). */
export function ssoStartUrl(organisation: string): string {
  return `/api/v1/sso/${encodeURIComponent(organisation.trim())}/start`;
}
