import { useQuery } from '@tanstack/react-query';
import { OrganisationSchema } from '@weerbaar/core/platform';
import { api } from './client.ts';
import { checked } from './contract-check.ts';
import { orgKeys } from './keys.ts';
import { useOrgId } from './use-org-id.ts';

export function useOrganisation() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: orgKeys.organisation(orgId),
    queryFn: async ({ signal }) =>
      checked(OrganisationSchema, await api.get('/organisations/current', undefined, signal), 'organisation'),
  });
}
