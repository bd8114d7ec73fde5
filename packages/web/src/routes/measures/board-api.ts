import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  BoardTrainingSchema,
  MeasureApprovalChangeSchema,
  MeasureApprovalSchema,
  type BoardTrainingInput,
  type MeasureApprovalInput,
} from '@weerbaar/core/measures';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// The board's part in the measures (NIS2 Art. 20; Cbw art. 24). Under the measures key, so a change of
// a measure also refreshes "what changed since the last approval".
const keys = {
  all: (orgId: string) => ['org', orgId, 'measures', 'board'] as const,
  approvals: (orgId: string) => ['org', orgId, 'measures', 'board', 'approvals'] as const,
  changes: (orgId: string) => ['org', orgId, 'measures', 'board', 'changes'] as const,
  trainings: (orgId: string) => ['org', orgId, 'measures', 'board', 'trainings'] as const,
};

export function useApprovals() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.approvals(orgId),
    queryFn: async ({ signal }) =>
      checked(
        MeasureApprovalSchema.array(),
        (await api.get<{ items: unknown[] }>('/measure-approvals', undefined, signal)).items,
        'measure approvals',
      ),
  });
}

export function useChangesSinceApproval() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.changes(orgId),
    queryFn: async ({ signal }) =>
      checked(
        MeasureApprovalChangeSchema.array(),
        (await api.get<{ items: unknown[] }>('/measure-approval-changes', undefined, signal)).items,
        'measure approval changes',
      ),
  });
}

export function useBoardTrainings() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.trainings(orgId),
    queryFn: async ({ signal }) =>
      checked(
        BoardTrainingSchema.array(),
        (await api.get<{ items: unknown[] }>('/board-trainings', undefined, signal)).items,
        'board trainings',
      ),
  });
}

function useBoardMutation<Body>(request: (body: Body) => Promise<unknown>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export const useApproveMeasures = () =>
  useBoardMutation((body: MeasureApprovalInput) => api.post<unknown>('/measure-approvals', body));

export const useRecordTraining = () =>
  useBoardMutation((body: BoardTrainingInput) => api.post<unknown>('/board-trainings', body));

export const useRemoveTraining = () =>
  useBoardMutation((id: string) => api.delete(`/board-trainings/${encodeURIComponent(id)}`));
