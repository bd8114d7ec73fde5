import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { OrganisationSchema, type OrganisationUpdate } from '@weerbaar/core/platform';
import { api } from './client.ts';
import { checked } from './contract-check.ts';
import { orgKeys, sessionKey } from './keys.ts';
import { useOrgId } from './use-org-id.ts';

export function useOrganisation() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: orgKeys.organisation(orgId),
    queryFn: async ({ signal }) =>
      checked(OrganisationSchema, await api.get('/organisations/current', undefined, signal), 'organisation'),
  });
}

/** Owners and admins change the organisation (here: whether every member must use MFA). */
export function useUpdateOrganisation() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: OrganisationUpdate) =>
      checked(OrganisationSchema, await api.patch('/organisations/current', changes), 'organisation'),
    onSuccess: async (organisation) => {
      queryClient.setQueryData(orgKeys.organisation(orgId), organisation);
      // Whether this session must enrol MFA can change with the setting.
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
