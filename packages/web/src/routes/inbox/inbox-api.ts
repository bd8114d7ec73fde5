import { InboxReportDetailSchema, InboxReportSummarySchema } from '@weerbaar/core/inbox';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { INCIDENT_CATEGORIES, REPORT_STAGES, SEVERITIES } from '@weerbaar/core/incidents';
import { pageOf } from '@weerbaar/core/platform';
import { z } from 'zod';
import { api, apiUrl } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';
import { pageParam } from '../../url/url-query.ts';

const InboxPage = pageOf(InboxReportSummarySchema);
export const INBOX_PAGE_SIZE = 50;

/** The inbox's filters, kept in the URL; `report` opens one report above the list. */
export const InboxQuerySchema = z.object({
  stage: z.enum(REPORT_STAGES).optional(),
  voluntary: z.enum(['true', 'false']).optional(),
  severity: z.enum(SEVERITIES).optional(),
  sector: z.string().max(100).optional(),
  category: z.enum(INCIDENT_CATEGORIES).optional(),
  unacknowledged: z.literal('true').optional(),
  supportRequested: z.literal('true').optional(),
  crossBorder: z.enum(['yes', 'no', 'unknown']).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  page: pageParam,
  report: z.string().max(100).optional(),
});
export type InboxFilters = Omit<z.output<typeof InboxQuerySchema>, 'page' | 'report'>;

const keys = {
  all: (orgId: string) => ['org', orgId, 'inbox'] as const,
};

/** Refreshes every 30 s: reports arrive at any moment, and the 24 h feedback clock runs. */
export function useInbox(filters: InboxFilters, page: number) {
  const orgId = useOrgId();
  const query = { ...filters, page, pageSize: INBOX_PAGE_SIZE };
  return useQuery({
    queryKey: [...keys.all(orgId), 'list', query],
    queryFn: async ({ signal }) => checked(InboxPage, await api.get('/inbox/reports', query, signal), 'inbox'),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

export function useInboxReport(id: string | undefined) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.all(orgId), 'report', id],
    queryFn: async ({ signal }) =>
      checked(InboxReportDetailSchema, await api.get(`/inbox/reports/${id}`, undefined, signal), 'inbox report'),
    enabled: Boolean(id),
  });
}

function useInboxMutation<Body>(path: (id: string) => string, id: string) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => api.post(path(id), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export const useAcknowledge = (id: string) =>
  useInboxMutation<{ message: string }>((x) => `/inbox/reports/${x}/acknowledgements`, id);
export const useRequestIntermediate = (id: string) =>
  useInboxMutation<{ dueAt?: string; message: string }>((x) => `/inbox/reports/${x}/intermediate-report-requests`, id);

export const inboxExportUrl = (filters: InboxFilters): string => apiUrl('/inbox/reports/export', { ...filters });
