import { useQuery } from '@tanstack/react-query';
import {
  AdvisoryAlertSchema,
  AdvisoryDetailSchema,
  AdvisorySummarySchema,
  AffectedEntitySchema,
} from '@weerbaar/core/advisories';
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
