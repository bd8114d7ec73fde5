import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { pageOf } from '@weerbaar/core/platform';
import { RegistryEntityDetailSchema, RegistryEntitySchema } from '@weerbaar/core/registration';
import { api, apiUrl } from './client.ts';
import { checked } from './contract-check.ts';
import { useOrgId } from './use-org-id.ts';

const RegistryPage = pageOf(RegistryEntitySchema);
export const REGISTRY_PAGE_SIZE = 50;

export interface RegistryFilters {
  sector?: string;
  classification?: string;
  province?: string;
  q?: string;
}

export function useRegistryEntities(filters: RegistryFilters, page: number) {
  const orgId = useOrgId();
  const query = { ...filters, page, pageSize: REGISTRY_PAGE_SIZE };
  return useQuery({
    queryKey: ['org', orgId, 'registry', query],
    queryFn: async ({ signal }) =>
      checked(RegistryPage, await api.get('/registry/entities', query, signal), 'registry entities'),
    placeholderData: keepPreviousData,
  });
}

export function useRegistryEntity(id: string | undefined) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'registry', 'entity', id],
    queryFn: async ({ signal }) =>
      checked(
        RegistryEntityDetailSchema,
        await api.get(`/registry/entities/${encodeURIComponent(id!)}`, undefined, signal),
        'registry entity',
      ),
    enabled: Boolean(id),
  });
}

/** A plain link: the browser downloads the CSV with the session cookie. */
export const registryExportUrl = (filters: RegistryFilters): string =>
  apiUrl('/registry/entities/export', { ...filters });
