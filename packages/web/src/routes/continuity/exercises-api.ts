import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AwarenessActivitySchema,
  CriticalRoleSchema,
  ExerciseSchema,
  ExerciseSummarySchema,
  PlanExerciseCoverageSchema,
  type AttendanceCreate,
  type AwarenessActivityCreate,
  type CriticalRoleCreate,
  type ExerciseActionCreate,
  type ExerciseCreate,
  type ExerciseUpdate,
  type InvitationCreate,
  type LogEntryCreate,
  type RoleHolderCreate,
} from '@weerbaar/core/continuity';
import { RiskScenarioSchema } from '@weerbaar/core/risk';
import { z } from 'zod';
import { api } from '../../api/client.ts';
import { checked } from '../../api/contract-check.ts';
import { useOrgId } from '../../api/use-org-id.ts';

// Critical roles and awareness, and exercises (issue 13 items 5-6); invitations received: invitations-api.ts.
const keys = {
  roles: (orgId: string) => ['org', orgId, 'critical-roles'] as const,
  exercises: (orgId: string) => ['org', orgId, 'exercises'] as const,
  exercise: (orgId: string, id: string) => ['org', orgId, 'exercises', id] as const,
};

const list =
  <T>(schema: z.ZodType<T>, path: string, what: string) =>
  async ({ signal }: { signal: AbortSignal }) =>
    checked(schema.array(), (await api.get<{ items: unknown[] }>(path, undefined, signal)).items, what);

export function useCriticalRoles() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.roles(orgId), 'roles'],
    queryFn: list(CriticalRoleSchema, '/critical-roles', 'critical roles'),
  });
}

export function useAwarenessActivities() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.roles(orgId), 'activities'],
    queryFn: list(AwarenessActivitySchema, '/awareness-activities', 'awareness activities'),
  });
}

export function useExercises() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.exercises(orgId), 'list'],
    queryFn: list(ExerciseSummarySchema, '/exercises', 'exercises'),
  });
}

const CalendarSchema = z.object({
  year: z.int(),
  months: z.array(z.object({ month: z.int(), items: z.array(ExerciseSummarySchema) })),
});
export type ExerciseCalendar = z.infer<typeof CalendarSchema>;

export function useExerciseCalendar(year: number) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.exercises(orgId), 'calendar', year],
    queryFn: async ({ signal }) =>
      checked(CalendarSchema, await api.get('/exercise-calendar', { year }, signal), 'exercise calendar'),
  });
}

export function usePlanExerciseCoverage() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.exercises(orgId), 'coverage'],
    queryFn: list(PlanExerciseCoverageSchema, '/plan-exercise-coverage', 'plan exercise coverage'),
  });
}

export function useScenarios() {
  const orgId = useOrgId();
  return useQuery({
    queryKey: ['org', orgId, 'risk', 'scenarios'],
    queryFn: list(RiskScenarioSchema, '/risk-scenarios', 'scenarios'),
  });
}

const PartnerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['entity', 'authority']),
  sector: z.string().nullable(),
});

export function useExercisePartners(enabled: boolean) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: [...keys.exercises(orgId), 'partners'],
    enabled,
    queryFn: list(PartnerSchema, '/exercise-partners', 'exercise partners'),
  });
}

export function useExercise(id: string) {
  const orgId = useOrgId();
  return useQuery({
    queryKey: keys.exercise(orgId, id),
    queryFn: async ({ signal }) =>
      checked(ExerciseSchema, await api.get(`/exercises/${encodeURIComponent(id)}`, undefined, signal), 'exercise'),
  });
}

function useInvalidating<Body, Out>(key: (orgId: string) => readonly unknown[], request: (body: Body) => Promise<Out>) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(orgId) }),
  });
}

export const useCreateCriticalRole = () =>
  useInvalidating(keys.roles, (body: CriticalRoleCreate) => api.post<unknown>('/critical-roles', body));
export const useAddRoleHolder = () =>
  useInvalidating(keys.roles, ({ roleId, ...body }: RoleHolderCreate & { roleId: string }) =>
    api.post<unknown>(`/critical-roles/${encodeURIComponent(roleId)}/holders`, body),
  );
export const useCreateAwarenessActivity = () =>
  useInvalidating(keys.roles, (body: AwarenessActivityCreate) => api.post<unknown>('/awareness-activities', body));
export const useRecordAttendance = () =>
  useInvalidating(keys.roles, ({ activityId, ...body }: AttendanceCreate & { activityId: string }) =>
    api.post<unknown>(`/awareness-activities/${encodeURIComponent(activityId)}/attendance`, body),
  );

export const usePlanExercise = () =>
  useInvalidating(keys.exercises, (body: ExerciseCreate) =>
    api.post<unknown>('/exercises', body).then((r) => checked(ExerciseSchema, r, 'exercise')),
  );

/** Changes to one exercise (status, invitations, log, findings, actions) refresh it and the lists. */
export function useExerciseMutations(exerciseId: string) {
  const path = `/exercises/${encodeURIComponent(exerciseId)}`;
  return {
    update: useInvalidating(keys.exercises, (body: ExerciseUpdate) => api.patch<unknown>(path, body)),
    invite: useInvalidating(keys.exercises, (body: InvitationCreate) => api.post<unknown>(`${path}/invitations`, body)),
    log: useInvalidating(keys.exercises, (body: LogEntryCreate) => api.post<unknown>(`${path}/log-entries`, body)),
    finding: useInvalidating(keys.exercises, (body: { text: string }) => api.post<unknown>(`${path}/findings`, body)),
    action: useInvalidating(keys.exercises, ({ findingId, ...body }: ExerciseActionCreate & { findingId: string }) =>
      api.post<unknown>(`${path}/findings/${encodeURIComponent(findingId)}/actions`, body),
    ),
    done: useInvalidating(keys.exercises, ({ actionId, done }: { actionId: string; done: boolean }) =>
      api.patch<unknown>(`${path}/actions/${encodeURIComponent(actionId)}`, { done }),
    ),
  };
}
