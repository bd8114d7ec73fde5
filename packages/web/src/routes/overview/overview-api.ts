import { useQuery } from '@tanstack/react-query';
import { OverviewSchema } from '@weerbaar/core/overview';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { orgKeys } from '../../api/keys.ts';
import { useOrgId } from '../../api/use-org-id.ts';

/** The overview refreshes every minute, as the countdown it shows. */
export function useOverview() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: orgKeys.overview(orgId),
    queryFn: async ({ signal }) => checked(OverviewSchema, await api.get('/overview', undefined, signal), 'overview'),
    refetchInterval: 60_000,
  });
}
