import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { KnowledgeArticleSchema } from '@weerbaar/core/knowledge';
import { REPORT_ROOT_CAUSES } from '@weerbaar/core/incidents';
import {
  TREND_DIMENSIONS,
  TREND_INTERVALS,
  TREND_VIEWS,
  TrendTableSchema,
  type QuarterlyReportPublish,
} from '@weerbaar/core/trends';
import { z } from 'zod';
import { api, apiUrl } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

/** The dashboard's choices, kept in the URL. */
export const TrendsUrlSchema = z.object({
  view: z.enum(TREND_VIEWS).optional(),
  dimension: z.enum(TREND_DIMENSIONS).optional(),
  interval: z.enum(TREND_INTERVALS).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  rootCause: z.enum([...REPORT_ROOT_CAUSES, 'unknown']).optional(),
  crossBorder: z.literal('yes').optional(),
  includeVoluntary: z.literal('true').optional(),
});
export type TrendsFilters = z.output<typeof TrendsUrlSchema>;

export function useTrends(filters: TrendsFilters) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'trends', filters],
    queryFn: async ({ signal }) =>
      checked(TrendTableSchema, await api.get('/trends', { ...filters }, signal), 'trends'),
    placeholderData: keepPreviousData,
  });
}

export const trendsExportUrl = (filters: TrendsFilters): string => apiUrl('/trends/export', { ...filters });

/** The quarterly report's PDF (the server renders it; the link downloads it). */
export const quarterlyReportUrl = (q: { year: number; quarter: number; tlp?: string | undefined }): string =>
  apiUrl('/trends/quarterly-report', { year: q.year, quarter: q.quarter, tlp: q.tlp });

/** Publishes the quarterly report as a knowledge article; the knowledge base shows it from then on. */
export function usePublishQuarterlyReport() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: QuarterlyReportPublish) =>
      checked(KnowledgeArticleSchema, await api.post('/trends/quarterly-reports', body), 'quarterly report'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org', orgId, 'knowledge'] }),
  });
}
