import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ATTACHMENT_FILE_FIELD } from '@weerbaar/core/incidents';
import {
  AuthorityKindsSchema,
  SectorAuthorityListSchema,
  type AuthorityKinds,
  type SectorAuthorityUpdate,
  FindingListSchema,
  InformationRequestListSchema,
  InformationRequestSchema,
  RequestDocumentSchema,
  SupervisedEntitySchema,
  type Finding,
  type FindingCreate,
  type FindingUpdate,
  type InformationRequest,
  type InformationRequestCreate,
  type RequestAnswer,
  type RequestAssessment,
} from '@weerbaar/core/supervision';
import { api, ApiError, apiUrl, CSRF_HEADER, csrfToken } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// Under ['org', orgId, 'supervision', …]: a change refreshes every list and page of the area.
const all = (orgId: string) => ['org', orgId, 'supervision'] as const;

export type Side = 'sent' | 'received';
const requestsPath = (side: Side) => (side === 'sent' ? '/supervision/requests' : '/supervision/received-requests');

export const documentUrl = (side: Side, requestId: string, documentId: string) =>
  apiUrl(`${requestsPath(side)}/${encodeURIComponent(requestId)}/documents/${encodeURIComponent(documentId)}/content`);

export function useRequests(side: Side) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), side, 'list'],
    queryFn: async ({ signal }) =>
      checked(
        InformationRequestListSchema,
        await api.get(requestsPath(side), undefined, signal),
        'information requests',
      ).items,
  });
}

export function useRequest(side: Side, id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), side, 'one', id],
    queryFn: async ({ signal }) =>
      checked(
        InformationRequestSchema,
        await api.get(`${requestsPath(side)}/${encodeURIComponent(id)}`, undefined, signal),
        'information request',
      ),
  });
}

export function useFindings(side: Side) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), side, 'findings'],
    queryFn: async ({ signal }) =>
      checked(
        FindingListSchema,
        await api.get(side === 'sent' ? '/supervision/findings' : '/supervision/received-findings', undefined, signal),
        'findings',
      ).items,
  });
}

export function useSupervisedEntity(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'entity', id],
    queryFn: async ({ signal }) =>
      checked(
        SupervisedEntitySchema,
        await api.get(`/supervision/entities/${encodeURIComponent(id)}`, undefined, signal),
        'supervised entity',
      ),
  });
}

function useSupervisionMutation<I, O>(request: (input: I) => Promise<O>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: all(orgId) }),
  });
}

export const useSendRequest = () =>
  useSupervisionMutation((body: InformationRequestCreate) =>
    api.post<InformationRequest>('/supervision/requests', body),
  );
export const useAssessRequest = (id: string) =>
  useSupervisionMutation((body: RequestAssessment) =>
    api.post<InformationRequest>(`/supervision/requests/${encodeURIComponent(id)}/assessments`, body),
  );
export const useAnswerRequest = (id: string) =>
  useSupervisionMutation((body: RequestAnswer) =>
    api.post<InformationRequest>(`/supervision/received-requests/${encodeURIComponent(id)}/answers`, body),
  );
export const useRecordFinding = () =>
  useSupervisionMutation((body: FindingCreate) => api.post<Finding>('/supervision/findings', body));
export const useUpdateFinding = () =>
  useSupervisionMutation(({ id, ...body }: FindingUpdate & { id: string }) =>
    api.patch<Finding>(`/supervision/findings/${encodeURIComponent(id)}`, body),
  );

/** Adds a document to the answer being prepared (multipart, as the incident attachments). */
export const useAddDocument = (requestId: string) =>
  useSupervisionMutation(async (file: File) => {
    const form = new FormData();
    form.append(ATTACHMENT_FILE_FIELD, file, file.name);
    const token = await csrfToken();
    const response = await fetch(apiUrl(`/supervision/received-requests/${encodeURIComponent(requestId)}/documents`), {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json', ...(token ? { [CSRF_HEADER]: token } : {}) },
    });
    const body: unknown = await response.json();
    if (!response.ok) throw new ApiError(body as ConstructorParameters<typeof ApiError>[0]);
    return checked(RequestDocumentSchema, body, 'request document');
  });

export function useAuthorityKinds() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'kinds'],
    queryFn: async ({ signal }) =>
      checked(
        AuthorityKindsSchema,
        await api.get('/supervision/authority-kinds', undefined, signal),
        'authority kinds',
      ),
  });
}

export function useSectorAuthorities() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...all(orgId), 'sector-authorities'],
    queryFn: async ({ signal }) =>
      checked(
        SectorAuthorityListSchema,
        await api.get('/supervision/sector-authorities', undefined, signal),
        'sector authorities',
      ).items,
  });
}

export const useSetAuthorityKinds = () =>
  useSupervisionMutation((body: AuthorityKinds) => api.put<AuthorityKinds>('/supervision/authority-kinds', body));
export const useSetSectorAuthority = () =>
  useSupervisionMutation((body: SectorAuthorityUpdate) => api.put('/supervision/sector-authorities', body));
