import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AuditEventSchema, AuditFacetsSchema, pageOf } from '@weerbaar/core/platform';
import { api, apiUrl } from './client.ts';
import { checked } from './contract-check.ts';
import { orgKeys } from './keys.ts';
import { useOrgId } from './use-org-id.ts';

const AuditPage = pageOf(AuditEventSchema);

export interface AuditFilters {
  subjectType?: string;
  subjectId?: string;
  actorId?: string;
  action?: string;
  /** ISO 8601 date-times with offset, as the API wants them. */
  from?: string;
  to?: string;
}

export const AUDIT_PAGE_SIZE = 50;

export function useAuditEvents(filters: AuditFilters, page: number) {
  const orgId = useOrgId();
  const query = { ...filters, page, pageSize: AUDIT_PAGE_SIZE };
  return useQuery({
    queryKey: orgKeys.audit(orgId, query),
    queryFn: async ({ signal }) => checked(AuditPage, await api.get('/audit-events', query, signal), 'audit events'),
    // Keeps the table in place while the next page loads, so focus and scroll position survive.
    placeholderData: keepPreviousData,
  });
}

/** A plain link: the browser downloads the CSV with the session cookie, no script needed. */
export const auditExportUrl = (filters: AuditFilters): string => apiUrl('/audit-events/export', { ...filters });

/** Who acted and on what kinds of subject: the choices of the filters. */
export function useAuditFacets() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...orgKeys.audit(orgId, {}), 'facets'],
    queryFn: async ({ signal }) =>
      checked(AuditFacetsSchema, await api.get('/audit-events/facets', undefined, signal), 'audit facets'),
  });
}
