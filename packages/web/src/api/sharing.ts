import { useQuery } from '@tanstack/react-query';
import { CommunitySchema, SharedObjectSchema } from '@weerbaar/core/sharing';
import { z } from 'zod';
import { api } from './client.ts';
import { checked } from './contract-check.ts';
import { useOrgId } from './use-org-id.ts';

const CommunityList = z.object({ items: z.array(CommunitySchema) });
const SharedObjectList = z.object({ items: z.array(SharedObjectSchema) });

/** Communities the organisation owns or is a member of. */
export function useCommunities() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'sharing', 'communities'],
    queryFn: async ({ signal }) =>
      checked(CommunityList, await api.get('/sharing/communities', {}, signal), 'communities'),
  });
}

/** Shared objects the organisation may read under TLP 2.0 (the server filters; nothing is hidden here). */
export function useSharedObjects() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'sharing', 'objects'],
    queryFn: async ({ signal }) =>
      checked(SharedObjectList, await api.get('/sharing/objects', { limit: 200 }, signal), 'shared objects'),
  });
}
