import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DeadlineDashboardSchema,
  INCIDENT_CATEGORIES,
  IncidentDeadlinesSchema,
  IncidentReportViewSchema,
  IncidentSchema,
  IncidentSettingsSchema,
  IncidentSummarySchema,
  IncidentTaskSchema,
  ObservableSchema,
  RecipientCommunicationSchema,
  type IncidentTaskCreateSchema,
  type IncidentTaskUpdateSchema,
  type IncidentUpdate,
  type ObservableInput,
  type RecurrenceOverrideCreate,
  type RecipientCommunicationCreateSchema,
  ReportDraftSchema,
  TimelineEntrySchema,
  type Incident,
  type IncidentReportView,
  type IncidentTask,
  type Observable,
  type RecipientCommunication,
  type ReportStage,
} from '@weerbaar/core/incidents';
import { pageOf } from '@weerbaar/core/platform';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';
import { pageParam } from '../../url/url-query.ts';

// Under ['org', orgId, …] like all organisation data (api/keys.ts): switching organisation never shows stale data.
const keys = {
  all: (orgId: string) => ['org', orgId, 'incidents'] as const,
  list: (orgId: string, query: object) => ['org', orgId, 'incidents', 'list', query] as const,
  dashboard: (orgId: string) => ['org', orgId, 'incidents', 'deadlines'] as const,
  one: (orgId: string, id: string) => ['org', orgId, 'incidents', id] as const,
  settings: (orgId: string) => ['org', orgId, 'incidents', 'settings'] as const,
};

const IncidentPage = pageOf(IncidentSummarySchema);
/** Lists come as { items }; the items are checked against their contract. */
const items = async (path: string, signal: AbortSignal) =>
  (await api.get<{ items: unknown[] }>(path, undefined, signal)).items;
export const PAGE_SIZE = 25;

/** The register's filters, kept in the URL (?open=true&category=…&q=…&page=2). */
export const IncidentsQuerySchema = z.object({
  open: z.enum(['true', 'false']).optional(),
  category: z.enum(INCIDENT_CATEGORIES).optional(),
  q: z.string().max(200).optional(),
  page: pageParam,
});
export type IncidentListQuery = z.output<typeof IncidentsQuerySchema>;

export function useIncidents(query: IncidentListQuery) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.list(orgId, query),
    queryFn: async ({ signal }) =>
      checked(IncidentPage, await api.get('/incidents', { ...query, pageSize: PAGE_SIZE }, signal), 'incidents'),
    placeholderData: keepPreviousData,
  });
}

/** The countdown refreshes every minute: reminders and submissions elsewhere change it. */
export function useDeadlineDashboard() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.dashboard(orgId),
    queryFn: async ({ signal }) =>
      checked(DeadlineDashboardSchema, await api.get('/incident-deadlines', undefined, signal), 'incident deadlines'),
    refetchInterval: 60_000,
  });
}

export function useIncident(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.one(orgId, id),
    queryFn: async ({ signal }) =>
      checked(IncidentSchema, await api.get(`/incidents/${id}`, undefined, signal), 'incident'),
  });
}

export function useIncidentDeadlines(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.one(orgId, id), 'deadlines'],
    queryFn: async ({ signal }) =>
      checked(IncidentDeadlinesSchema, await api.get(`/incidents/${id}/deadlines`, undefined, signal), 'deadlines'),
    refetchInterval: 60_000,
  });
}

/** Polls while a report is still on its way, so the receipt appears without a reload. */
export function useIncidentReports(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.one(orgId, id), 'reports'],
    queryFn: async ({ signal }) =>
      checked(IncidentReportViewSchema.array(), await items(`/incidents/${id}/reports`, signal), 'reports'),
    refetchInterval: (query) => (query.state.data?.some((r) => r.delivery?.status === 'pending') ? 2000 : false),
  });
}

export function useTimeline(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.one(orgId, id), 'timeline'],
    queryFn: async ({ signal }) =>
      checked(TimelineEntrySchema.array(), await items(`/incidents/${id}/timeline`, signal), 'timeline'),
  });
}

export function useReportDraft(id: string, stage: ReportStage | undefined) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.one(orgId, id), 'draft', stage],
    queryFn: async ({ signal }) =>
      checked(
        ReportDraftSchema,
        await api.get(`/incidents/${id}/report-drafts/${stage}`, undefined, signal),
        'report draft',
      ),
    enabled: Boolean(stage),
    staleTime: Infinity,
  });
}

/** Every change to an incident may move its deadlines, reports and timeline: refresh all of it. */
function useIncidentMutation<Body, Result>(request: (body: Body) => Promise<Result>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) }),
  });
}

export const useCreateIncident = () =>
  useIncidentMutation((body: Record<string, unknown>) => api.post<Incident>('/incidents', body));

export const useDecideSignificance = (id: string) =>
  useIncidentMutation((body: Record<string, unknown>) =>
    api.post<Incident>(`/incidents/${id}/significance-decisions`, body),
  );

export const useOverrideRecurrence = (id: string) =>
  useIncidentMutation((body: RecurrenceOverrideCreate) =>
    api.put<Incident>(`/incidents/${id}/recurrence-override`, body),
  );

export const useRemoveRecurrenceOverride = (id: string) =>
  useIncidentMutation((_: void) => api.delete(`/incidents/${id}/recurrence-override`));

export const useTransition = (id: string) =>
  useIncidentMutation((body: { to: string }) => api.post<Incident>(`/incidents/${id}/status-transitions`, body));

export const useSubmitReport = (id: string) =>
  useIncidentMutation((body: { stage: ReportStage; reportId: string; content: Record<string, unknown> }) =>
    api.post<IncidentReportView>(`/incidents/${id}/reports`, body),
  );

export const useCheckFeedback = (id: string) =>
  useIncidentMutation(() => api.post<{ newItems: number }>(`/incidents/${id}/feedback-checks`, {}));

export const useAddNote = (id: string) =>
  useIncidentMutation((body: { summary: string }) => api.post(`/incidents/${id}/timeline`, body));

export function useIncidentSettings() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.settings(orgId),
    queryFn: async ({ signal }) =>
      checked(IncidentSettingsSchema, await api.get('/incident-settings', undefined, signal), 'incident settings'),
  });
}

export const useSaveIncidentSettings = () =>
  useIncidentMutation((body: Record<string, unknown>) => api.patch('/incident-settings', body));

export function useIncidentTasks(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.one(orgId, id), 'tasks'],
    queryFn: async ({ signal }) =>
      checked(IncidentTaskSchema.array(), await items(`/incidents/${id}/tasks`, signal), 'tasks'),
  });
}

/** What a request body may hold by its core contract: z.input, without importing zod into the web. */
type Input<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];
export type TaskCreateBody = Input<typeof IncidentTaskCreateSchema>;
export type RecipientCommunicationBody = Input<typeof RecipientCommunicationCreateSchema>;

export const useAddTask = (id: string) =>
  useIncidentMutation((body: TaskCreateBody) => api.post<IncidentTask>(`/incidents/${id}/tasks`, body));

export const useChangeTask = (id: string) =>
  useIncidentMutation(({ taskId, ...body }: Input<typeof IncidentTaskUpdateSchema> & { taskId: string }) =>
    api.patch<IncidentTask>(`/incidents/${id}/tasks/${taskId}`, body),
  );

/** PATCH /incidents/{id} with only the fields given (lessons learned, among others). */
export const useUpdateIncident = (id: string) =>
  useIncidentMutation((body: IncidentUpdate) => api.patch<Incident>(`/incidents/${id}`, body));

export function useObservables(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.one(orgId, id), 'observables'],
    queryFn: async ({ signal }) =>
      checked(ObservableSchema.array(), await items(`/incidents/${id}/observables`, signal), 'observables'),
  });
}

export const useAddObservable = (id: string) =>
  useIncidentMutation((body: ObservableInput) => api.post<Observable>(`/incidents/${id}/observables`, body));

export function useRecipientCommunications(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.one(orgId, id), 'recipient-communications'],
    queryFn: async ({ signal }) =>
      checked(
        RecipientCommunicationSchema.array(),
        await items(`/incidents/${id}/recipient-communications`, signal),
        'recipient communications',
      ),
  });
}

export const useRecordRecipientCommunication = (id: string) =>
  useIncidentMutation((body: RecipientCommunicationBody) =>
    api.post<RecipientCommunication>(`/incidents/${id}/recipient-communications`, body),
  );
