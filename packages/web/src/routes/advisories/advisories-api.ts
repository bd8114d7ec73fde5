import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AdvisoryAlertSchema,
  AdvisoryDetailSchema,
  AdvisoryPassOnChoicesSchema,
  AdvisorySummarySchema,
  AffectedEntitySchema,
  InventoryImportResultSchema,
  InventoryItemSchema,
  PublicAdvisoryDetailSchema,
  PublicAdvisorySummarySchema,
  type AdvisoryAuthor,
  type InventoryImport,
  type InventoryItemCreate,
} from '@weerbaar/core/advisories';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

const keys = {
  list: (orgId: string) => ['org', orgId, 'advisories', 'list'] as const,
  one: (orgId: string, id: string) => ['org', orgId, 'advisories', 'one', id] as const,
  alerts: (orgId: string, advisoryId?: string) => ['org', orgId, 'advisories', 'alerts', advisoryId ?? 'all'] as const,
  affected: (orgId: string, id: string) => ['org', orgId, 'advisories', 'affected', id] as const,
};

export function useAdvisories() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.list(orgId),
    queryFn: async ({ signal }) =>
      checked(
        AdvisorySummarySchema.array(),
        (await api.get<{ items: unknown[] }>('/advisories', {}, signal)).items,
        'advisories',
      ),
  });
}

export function useAdvisory(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.one(orgId, id),
    queryFn: async ({ signal }) =>
      checked(AdvisoryDetailSchema, await api.get(`/advisories/${id}`, {}, signal), 'advisory'),
  });
}

export function useAdvisoryAlerts(advisoryId?: string, enabled = true) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.alerts(orgId, advisoryId),
    enabled,
    queryFn: async ({ signal }) =>
      checked(
        AdvisoryAlertSchema.array(),
        (await api.get<{ items: unknown[] }>('/advisory-alerts', advisoryId ? { advisoryId } : {}, signal)).items,
        'advisory-alerts',
      ),
  });
}

export function useAffectedEntities(id: string, enabled: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.affected(orgId, id),
    enabled,
    queryFn: async ({ signal }) =>
      checked(
        AffectedEntitySchema.array(),
        (await api.get<{ items: unknown[] }>(`/advisories/${id}/affected-entities`, {}, signal)).items,
        'affected-entities',
      ),
  });
}

// The product inventory on the organisation's assets. A change rematches advisories on the server, so the
// alerts are refreshed with it (the whole advisories prefix).
const inventoryKey = (orgId: string, assetId?: string) =>
  ['org', orgId, 'advisories', 'inventory', assetId ?? 'all'] as const;

export function useInventory(assetId?: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: inventoryKey(orgId, assetId),
    queryFn: async ({ signal }) =>
      checked(
        InventoryItemSchema.array(),
        (await api.get<{ items: unknown[] }>('/inventory', assetId ? { assetId } : {}, signal)).items,
        'inventory',
      ),
  });
}

function useAdvisoryMutation<I, O>(fn: (input: I) => Promise<O>) {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['org', orgId, 'advisories'] }),
  });
}

export function useAddInventoryItem() {
  return useAdvisoryMutation(async (body: InventoryItemCreate) =>
    checked(InventoryItemSchema, await api.post('/inventory', body), 'inventory item'),
  );
}

export function useRemoveInventoryItem() {
  return useAdvisoryMutation((id: string) => api.delete(`/inventory/${id}`));
}

export function useImportInventory() {
  return useAdvisoryMutation(async (body: InventoryImport) =>
    checked(InventoryImportResultSchema, await api.post('/inventory/import', body), 'inventory import'),
  );
}

/** The authority writes and publishes a CSAF 2.0 advisory. */
export function usePublishAdvisory() {
  return useAdvisoryMutation(async (body: AdvisoryAuthor) =>
    checked(
      z.object({ advisoryId: z.uuid(), trackingId: z.string() }),
      await api.post('/advisories', body),
      'published advisory',
    ),
  );
}

/** TLP:CLEAR advisories without signing in (the public /kennisbank page). */
export function usePublicAdvisories() {
  return useQuery({
    queryKey: ['public', 'advisories', 'list'],
    queryFn: async ({ signal }) =>
      checked(
        PublicAdvisorySummarySchema.array(),
        (await api.get<{ items: unknown[] }>('/public/advisories', {}, signal)).items,
        'public advisories',
      ),
  });
}

export function usePublicAdvisory(id: string) {
  return useQuery({
    queryKey: ['public', 'advisories', 'one', id],
    queryFn: async ({ signal }) =>
      checked(PublicAdvisoryDetailSchema, await api.get(`/public/advisories/${id}`, {}, signal), 'public advisory'),
  });
}

/** Whether this organisation may pass the advisory on (TLP:AMBER, as a recipient) and to which clients. */
export function usePassOnChoices(id: string, enabled: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'advisories', 'pass-on', id],
    enabled,
    queryFn: async ({ signal }) =>
      checked(AdvisoryPassOnChoicesSchema, await api.get(`/advisories/${id}/pass-on`, {}, signal), 'pass-on choices'),
  });
}

export function usePassOnAdvisory(id: string) {
  const orgId = useOrgId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (clientOrgIds: string[]) =>
      api.post<{ passedOnTo: string[] }>(`/advisories/${id}/pass-on`, { clientOrgIds }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['org', orgId, 'advisories', 'pass-on', id] }),
  });
}
