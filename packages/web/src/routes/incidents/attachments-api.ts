import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ATTACHMENT_FILE_FIELD,
  IncidentAttachmentListSchema,
  IncidentAttachmentSchema,
  type IncidentAttachment,
} from '@weerbaar/core/incidents';
import type { Problem } from '@weerbaar/core/platform';
import { api, ApiError, apiUrl, CSRF_HEADER, csrfToken } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// Under the incident's own key (['org', orgId, 'incidents', id, …], as in incidents-api.ts), so an
// upload or removal also refreshes the incident's timeline.
const incidentKey = (orgId: string, incidentId: string) => ['org', orgId, 'incidents', incidentId] as const;
const attachmentsKey = (orgId: string, incidentId: string) => [...incidentKey(orgId, incidentId), 'attachments'];

export const attachmentPath = (incidentId: string, attachmentId: string) =>
  apiUrl(`/incidents/${incidentId}/attachments/${attachmentId}/content`);

export function useAttachments(incidentId: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: attachmentsKey(orgId, incidentId),
    queryFn: async ({ signal }) =>
      checked(
        IncidentAttachmentListSchema,
        await api.get(`/incidents/${incidentId}/attachments`, undefined, signal),
        'incident attachments',
      ),
  });
}

function problemOf(xhr: XMLHttpRequest): Problem {
  const fallback: Problem = {
    type: 'about:blank',
    title: xhr.statusText || 'Error',
    status: xhr.status,
    detail: '',
    code: xhr.status === 0 ? 'network_error' : `http_${xhr.status}`,
  };
  try {
    const body = JSON.parse(xhr.responseText) as Partial<Problem>;
    return { ...fallback, ...body, status: typeof body.status === 'number' ? body.status : xhr.status };
  } catch {
    return fallback;
  }
}

/**
 * Uploads one file as multipart/form-data. XMLHttpRequest rather than fetch: only it reports upload
 * progress, which matters for files of many megabytes.
 */
export async function uploadAttachment(
  incidentId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<IncidentAttachment> {
  const token = await csrfToken();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(`/incidents/${incidentId}/attachments`));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(checked(IncidentAttachmentSchema, JSON.parse(xhr.responseText), 'incident attachment'));
      } else reject(new ApiError(problemOf(xhr)));
    };
    xhr.onerror = () => reject(new ApiError(problemOf(xhr)));
    const form = new FormData();
    form.append(ATTACHMENT_FILE_FIELD, file, file.name);
    xhr.send(form);
  });
}

export function useUploadAttachment(incidentId: string, onProgress: (fraction: number) => void) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadAttachment(incidentId, file, onProgress),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentKey(orgId, incidentId) }),
  });
}

export function useRemoveAttachment(incidentId: string) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => api.delete(`/incidents/${incidentId}/attachments/${attachmentId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentKey(orgId, incidentId) }),
  });
}
