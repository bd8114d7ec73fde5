import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DeliveryTargetSchema, type DeliveryTargetUpdate, type SubmissionRecipient } from '@weerbaar/core/delivery';
import { pageOf } from '@weerbaar/core/platform';
import {
  RegistrationStateSchema,
  RegistrationSubmissionSchema,
  RegistrationVersionSchema,
  RegistrationVersionSummarySchema,
  type RegistrationInput,
} from '@weerbaar/core/registration';
import { z } from 'zod';
import { api } from './client.ts';
import { checked } from './contract-check.ts';
import { useOrgId } from './use-org-id.ts';

// Under ['org', orgId, …] like every organisation's data (keys.ts), so switching organisation never shows stale data.
const keys = {
  all: (orgId: string) => ['org', orgId, 'registration'] as const,
  state: (orgId: string) => ['org', orgId, 'registration', 'state'] as const,
  versions: (orgId: string) => ['org', orgId, 'registration', 'versions'] as const,
  submissions: (orgId: string) => ['org', orgId, 'registration', 'submissions'] as const,
  target: (orgId: string) => ['org', orgId, 'delivery-target'] as const,
};

const SubmissionsPage = pageOf(RegistrationSubmissionSchema);
const VersionsPage = pageOf(RegistrationVersionSummarySchema);

export function useRegistration() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.state(orgId),
    queryFn: async ({ signal }) =>
      checked(RegistrationStateSchema, await api.get('/registration', undefined, signal), 'registration'),
  });
}

export function useRegistrationVersions() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.versions(orgId),
    queryFn: async ({ signal }) =>
      checked(VersionsPage, await api.get('/registration/versions', undefined, signal), 'registration versions'),
  });
}

/** Polls while a submission is still on its way, so the receipt appears without a reload. */
export function useRegistrationSubmissions() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.submissions(orgId),
    queryFn: async ({ signal }) =>
      checked(
        SubmissionsPage,
        await api.get('/registration/submissions', undefined, signal),
        'registration submissions',
      ),
    refetchInterval: (query) => (query.state.data?.items.some((s) => s.status === 'pending') ? 3000 : false),
  });
}

export function useSaveRegistration() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RegistrationInput) =>
      checked(RegistrationVersionSchema, await api.put('/registration', body), 'registration version'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export function useSubmitRegistration() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    // A client-generated id: a retried click or a lost answer never queues the registration twice.
    mutationFn: (submissionId: string) => api.post<void>('/registration/submissions', { submissionId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

/** Every recipient's delivery target: the CSIRT's (also registrations) and the competent authority's. */
export function useDeliveryTargets(enabled: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.target(orgId),
    queryFn: async ({ signal }) =>
      checked(
        z.object({ items: z.array(DeliveryTargetSchema) }),
        await api.get('/delivery-targets', undefined, signal),
        'delivery targets',
      ).items,
    enabled,
  });
}

export function useSaveDeliveryTarget(recipient: SubmissionRecipient) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DeliveryTargetUpdate) =>
      checked(DeliveryTargetSchema, await api.put(`/delivery-targets/${recipient}`, body), 'delivery target'),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.target(orgId) });
      await queryClient.invalidateQueries({ queryKey: keys.submissions(orgId) });
    },
  });
}
