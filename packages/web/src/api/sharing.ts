import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  BundleImportResultSchema,
  CommunityMemberSchema,
  CommunityPersonSchema,
  CommunitySchema,
  OrganisationChoiceSchema,
  SharedObjectSchema,
  type BundleImport,
  type CommunityCreate,
  type ShareObservables,
} from '@weerbaar/core/sharing';
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

const PeopleList = z.object({ items: z.array(CommunityPersonSchema) });

/** The people of a community's organisations, whom a TLP:RED object can name. */
export function useCommunityPeople(communityId: string, enabled: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'sharing', 'communities', communityId, 'people'],
    enabled: enabled && communityId !== '',
    queryFn: async ({ signal }) =>
      checked(PeopleList, await api.get(`/sharing/communities/${communityId}/people`, {}, signal), 'people'),
  });
}

/** Shares an incident's observables with a community as STIX indicators; a result per object. */
export function useShareObservables(incidentId: string) {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ShareObservables) =>
      checked(
        BundleImportResultSchema,
        await api.post(`/incidents/${incidentId}/shared-observables`, body),
        'shared observables',
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['org', orgId, 'sharing'] }),
  });
}

const MemberList = z.object({ items: z.array(CommunityMemberSchema) });
const ChoiceList = z.object({ items: z.array(OrganisationChoiceSchema) });
const sharingKey = (orgId: string) => ['org', orgId, 'sharing'] as const;

export function useCommunity(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...sharingKey(orgId), 'communities', id],
    queryFn: async ({ signal }) =>
      checked(CommunitySchema, await api.get(`/sharing/communities/${id}`, {}, signal), 'community'),
  });
}

export function useCommunityMembers(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...sharingKey(orgId), 'communities', id, 'members'],
    queryFn: async ({ signal }) =>
      checked(MemberList, await api.get(`/sharing/communities/${id}/members`, {}, signal), 'members'),
  });
}

/** Organisations an owner may add: all for an authority, for an entity those it already shares a community with. */
export function useOrganisationChoices(enabled: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...sharingKey(orgId), 'organisations'],
    enabled,
    queryFn: async ({ signal }) =>
      checked(ChoiceList, await api.get('/sharing/organisations', {}, signal), 'organisations'),
  });
}

function useSharingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: sharingKey(orgId) }),
  });
}

export function useCreateCommunity() {
  return useSharingMutation(async (body: CommunityCreate) =>
    checked(CommunitySchema, await api.post('/sharing/communities', body), 'community'),
  );
}

export function useAddMember(communityId: string) {
  return useSharingMutation(async (orgId: string) =>
    checked(CommunityMemberSchema, await api.post(`/sharing/communities/${communityId}/members`, { orgId }), 'member'),
  );
}

export function useRemoveMember(communityId: string) {
  return useSharingMutation((orgId: string) => api.delete(`/sharing/communities/${communityId}/members/${orgId}`));
}

export function useLeaveCommunity(communityId: string) {
  return useSharingMutation(() => api.delete(`/sharing/communities/${communityId}/membership`));
}

/** Imports a STIX 2.1 bundle into a community: a result per object (partial success). */
export function useImportBundle() {
  return useSharingMutation(async ({ communityId, ...body }: BundleImport & { communityId: string }) =>
    checked(
      BundleImportResultSchema,
      await api.post(`/sharing/communities/${communityId}/bundles`, body),
      'bundle import',
    ),
  );
}
