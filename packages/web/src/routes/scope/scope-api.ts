import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pageOf } from '@weerbaar/core/platform';
import { z } from 'zod';
import {
  ScopeAssessmentSchema,
  ScopeAssessmentSummarySchema,
  ScopeEvaluationSchema,
  type ScopeAssessment,
  type ScopeEvaluation,
} from '@weerbaar/core/scope';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { orgKeys } from '../../api/keys.ts';
import { pageParam } from '../../url/url-query.ts';

const HistoryPage = pageOf(ScopeAssessmentSummarySchema);
export const HISTORY_PAGE_SIZE = 20;

/** /scope's URL: the history's page, or one saved assessment (?assessment=<id>). */
export const ScopeQuerySchema = z.object({ assessment: z.string().max(100).optional(), page: pageParam });

// Under the organisation's key (keys.ts), so switching organisation never shows another's history.
const historyKey = (orgId: string) => [...orgKeys.all(orgId), 'scope-assessments'] as const;

/** Stateless: the answers go to the server, the outcome comes back, nothing is stored. */
export const useEvaluateScope = () =>
  useMutation({
    mutationFn: async (input: Record<string, unknown>): Promise<ScopeEvaluation> =>
      checked(ScopeEvaluationSchema, await api.post('/scope-evaluations', input), 'scope evaluation'),
  });

export function useSaveScopeAssessment(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Record<string, unknown>): Promise<ScopeAssessment> =>
      checked(ScopeAssessmentSchema, await api.post('/scope-assessments', input), 'scope assessment'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: historyKey(orgId) }),
  });
}

export function useScopeAssessments(orgId: string, page: number) {
  const query = { page, pageSize: HISTORY_PAGE_SIZE };
  return useQuery({
    queryKey: [...historyKey(orgId), query],
    queryFn: async ({ signal }) =>
      checked(HistoryPage, await api.get('/scope-assessments', query, signal), 'scope assessments'),
    placeholderData: keepPreviousData,
  });
}

export function useScopeAssessment(orgId: string, id: string) {
  return useQuery({
    queryKey: [...historyKey(orgId), 'one', id],
    queryFn: async ({ signal }) =>
      checked(
        ScopeAssessmentSchema,
        await api.get(`/scope-assessments/${encodeURIComponent(id)}`, undefined, signal),
        'scope assessment',
      ),
  });
}
