import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ConcentrationSchema,
  SupplierDependencySchema,
  SupplierSchema,
  type AlternativeInput,
  type Supplier,
  type SupplierCreate,
  type SupplierUpdate,
} from '@weerbaar/core/suppliers';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// Under ['org', orgId, 'suppliers', …]; a change also moves the BIA warnings (continuity).
const keys = {
  all: (orgId: string) => ['org', orgId, 'suppliers'] as const,
  list: (orgId: string) => ['org', orgId, 'suppliers', 'list'] as const,
  one: (orgId: string, id: string) => ['org', orgId, 'suppliers', 'one', id] as const,
  dependencies: (orgId: string) => ['org', orgId, 'suppliers', 'dependencies'] as const,
  concentration: (orgId: string) => ['org', orgId, 'suppliers', 'concentration'] as const,
};

export function useSuppliers() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.list(orgId),
    queryFn: async ({ signal }) =>
      checked(
        SupplierSchema.array(),
        (await api.get<{ items: unknown[] }>('/suppliers', undefined, signal)).items,
        'suppliers',
      ),
  });
}

export function useSupplier(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.one(orgId, id),
    queryFn: async ({ signal }) =>
      checked(SupplierSchema, await api.get(`/suppliers/${encodeURIComponent(id)}`, undefined, signal), 'supplier'),
  });
}

export function useSupplierDependencies() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.dependencies(orgId),
    queryFn: async ({ signal }) =>
      checked(
        SupplierDependencySchema.array(),
        (await api.get<{ items: unknown[] }>('/supplier-dependencies', undefined, signal)).items,
        'supplier dependencies',
      ),
  });
}

export function useConcentration() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.concentration(orgId),
    queryFn: async ({ signal }) =>
      checked(ConcentrationSchema, await api.get('/supplier-concentration', undefined, signal), 'concentration'),
  });
}

function useSupplierMutation<I, O>(request: (input: I) => Promise<O>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
        queryClient.invalidateQueries({ queryKey: ['org', orgId, 'continuity'] }),
      ]),
  });
}

export const useCreateSupplier = () =>
  useSupplierMutation((body: SupplierCreate) => api.post<Supplier>('/suppliers', body));
export const useChangeSupplier = (id: string) =>
  useSupplierMutation((body: SupplierUpdate) => api.patch<Supplier>(`/suppliers/${encodeURIComponent(id)}`, body));
export const useLinkService = (id: string) =>
  useSupplierMutation(({ assetId, recoveryTimeHours }: { assetId: string; recoveryTimeHours: number | null }) =>
    api.put(`/suppliers/${encodeURIComponent(id)}/services/${encodeURIComponent(assetId)}`, { recoveryTimeHours }),
  );
export const useRecordAlternative = () =>
  useSupplierMutation(({ from, to, ...body }: AlternativeInput & { from: string; to: string }) =>
    api.put(`/supplier-dependencies/${encodeURIComponent(from)}/${encodeURIComponent(to)}/alternative`, body),
  );
