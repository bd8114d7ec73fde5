import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ATTACHMENT_FILE_FIELD } from '@weerbaar/core/incidents';
import {
  CustomCatalogueSchema,
  IMPLEMENTATION_STATUSES,
  MeasureCoverageSchema,
  MeasureEvidenceListSchema,
  MeasureEvidenceSchema,
  MeasureFrameworkListSchema,
  MeasureSchema,
  type MeasureBulkUpdate,
  type MeasureEvidence,
  type MeasureImplementationInput,
} from '@weerbaar/core/measures';
import type { Problem } from '@weerbaar/core/platform';
import { z } from 'zod';
import { api, ApiError, apiUrl, CSRF_HEADER, csrfToken } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// Everything of this module lives under ['org', orgId, 'measures']: any change refreshes list,
// detail, coverage and frameworks together (they all follow from the same records).
const keys = {
  all: (orgId: string) => ['org', orgId, 'measures'] as const,
  frameworks: (orgId: string) => ['org', orgId, 'measures', 'frameworks'] as const,
  list: (orgId: string, query: object) => ['org', orgId, 'measures', 'list', query] as const,
  one: (orgId: string, id: string) => ['org', orgId, 'measures', 'one', id] as const,
  evidence: (orgId: string, id: string) => ['org', orgId, 'measures', 'evidence', id] as const,
  coverage: (orgId: string) => ['org', orgId, 'measures', 'coverage'] as const,
  catalogues: (orgId: string) => ['org', orgId, 'measures', 'catalogues'] as const,
};

/** The list's filters, kept in the URL (?catalogue=nis2-art21&status=partial&owner=…&overdue=true). */
export const MeasuresQuerySchema = z.object({
  catalogue: z.string().max(100).optional(),
  status: z.enum(IMPLEMENTATION_STATUSES).optional(),
  owner: z.string().max(200).optional(),
  overdue: z.literal('true').optional(),
});
export type MeasuresQuery = z.output<typeof MeasuresQuerySchema>;

const path = (id: string) => `/measures/${encodeURIComponent(id)}`;

export function useFrameworks() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.frameworks(orgId),
    queryFn: async ({ signal }) =>
      checked(MeasureFrameworkListSchema, await api.get('/measure-frameworks', undefined, signal), 'frameworks'),
  });
}

export function useMeasureList(query: MeasuresQuery) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.list(orgId, query),
    queryFn: async ({ signal }) =>
      checked(
        MeasureSchema.array(),
        (await api.get<{ items: unknown[] }>('/measures', { ...query }, signal)).items,
        'measures',
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMeasure(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.one(orgId, id),
    queryFn: async ({ signal }) => checked(MeasureSchema, await api.get(path(id), undefined, signal), 'measure'),
  });
}

export function useCoverage() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.coverage(orgId),
    queryFn: async ({ signal }) =>
      checked(MeasureCoverageSchema, await api.get('/measure-coverage', undefined, signal), 'measure coverage'),
  });
}

export function useEvidence(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.evidence(orgId, id),
    queryFn: async ({ signal }) =>
      checked(MeasureEvidenceListSchema, await api.get(`${path(id)}/evidence`, undefined, signal), 'evidence'),
  });
}

function useMeasureMutation<Body, Result = unknown>(request: (body: Body) => Promise<Result>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export const useUpdateMeasure = (id: string) =>
  useMeasureMutation((body: MeasureImplementationInput) => api.put<unknown>(path(id), body));

export const useBulkUpdate = () =>
  useMeasureMutation((body: MeasureBulkUpdate) => api.post<{ updated: number }>('/measure-bulk-updates', body));

export const useAdoptFramework = () =>
  useMeasureMutation((catalogueId: string) =>
    api.put<unknown>(`/measure-frameworks/${encodeURIComponent(catalogueId)}`),
  );

export const useDropFramework = () =>
  useMeasureMutation((catalogueId: string) => api.delete(`/measure-frameworks/${encodeURIComponent(catalogueId)}`));

export const evidenceUrl = (id: string, evidenceId: string) => apiUrl(`${path(id)}/evidence/${evidenceId}/content`);

/** Uploads one evidence file as multipart/form-data (the same form as incident attachments). */
async function uploadEvidence(id: string, file: File): Promise<MeasureEvidence> {
  const token = await csrfToken();
  const form = new FormData();
  form.append(ATTACHMENT_FILE_FIELD, file, file.name);
  const response = await fetch(apiUrl(`${path(id)}/evidence`), {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json', ...(token ? { [CSRF_HEADER]: token } : {}) },
  });
  const body = (await response.json().catch(() => ({}))) as Partial<Problem>;
  if (!response.ok) {
    throw new ApiError({
      type: 'about:blank',
      title: response.statusText || 'Error',
      detail: '',
      code: `http_${response.status}`,
      ...body,
      status: response.status,
    } as Problem);
  }
  return checked(MeasureEvidenceSchema, body, 'measure evidence');
}

export const useUploadEvidence = (id: string) => useMeasureMutation((file: File) => uploadEvidence(id, file));

export const useRemoveEvidence = (id: string) =>
  useMeasureMutation((evidenceId: string) => api.delete(`${path(id)}/evidence/${evidenceId}`));

/** The organisation's own catalogues (imported OSCAL catalogs). */
export function useOwnCatalogues() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.catalogues(orgId),
    queryFn: async ({ signal }) =>
      checked(
        CustomCatalogueSchema.array(),
        (await api.get<{ items: unknown[] }>('/measure-catalogues', undefined, signal)).items,
        'own catalogues',
      ),
  });
}

/** Imports an OSCAL catalog (parsed JSON); the same catalogue again (same id) is updated by the server. */
export const useImportCatalogue = () =>
  useMeasureMutation(async (document: unknown) =>
    checked(CustomCatalogueSchema, await api.post<unknown>('/measure-catalogues', document), 'own catalogue'),
  );

export const useDeleteCatalogue = () =>
  useMeasureMutation((catalogueId: string) => api.delete(`/measure-catalogues/${encodeURIComponent(catalogueId)}`));
