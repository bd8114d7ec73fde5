import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CampaignCaseSchema,
  CampaignCaseSummarySchema,
  CampaignDetailSchema,
  CampaignSummarySchema,
  type CampaignCase,
} from '@weerbaar/core/campaigns';
import { pageOf } from '@weerbaar/core/platform';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

const keys = {
  all: (orgId: string) => ['org', orgId, 'campaigns'] as const,
};

/** Refreshes every 30 s: a report that completes a campaign may arrive at any moment. */
export function useCampaigns(page: number) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.all(orgId), 'list', page],
    queryFn: async ({ signal }) =>
      checked(pageOf(CampaignSummarySchema), await api.get('/campaigns', { page, pageSize: 50 }, signal), 'campaigns'),
    refetchInterval: 30_000,
  });
}

export function useCampaign(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.all(orgId), 'one', id],
    queryFn: async ({ signal }) =>
      checked(CampaignDetailSchema, await api.get(`/campaigns/${id}`, {}, signal), 'campaign'),
  });
}

export function useCampaignCases() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.all(orgId), 'cases'],
    queryFn: async ({ signal }) =>
      checked(
        pageOf(CampaignCaseSummarySchema),
        await api.get('/campaign-cases', { page: 1, pageSize: 100 }, signal),
        'campaign cases',
      ),
  });
}

export function useCampaignCase(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.all(orgId), 'case', id],
    queryFn: async ({ signal }) =>
      checked(CampaignCaseSchema, await api.get(`/campaign-cases/${id}`, {}, signal), 'campaign case'),
  });
}

function useCaseMutation<Input>(request: (input: Input) => Promise<CampaignCase>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export const useCreateCase = () =>
  useCaseMutation((body: { title: string; reportIds: string[] }) => api.post<CampaignCase>('/campaign-cases', body));

export const useAddCaseEntry = (caseId: string) =>
  useCaseMutation((body: { kind: 'note' | 'decision'; text: string }) =>
    api.post<CampaignCase>(`/campaign-cases/${caseId}/entries`, body),
  );

export const useRemoveCaseReport = (caseId: string) =>
  useCaseMutation(async (reportId: string) => {
    await api.delete(`/campaign-cases/${caseId}/reports/${reportId}`);
    return undefined as unknown as CampaignCase;
  });
