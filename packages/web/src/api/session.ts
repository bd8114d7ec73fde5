import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SessionSchema, type LoginRequest, type Session } from '@weerbaar/core/platform';
import { api, isApiError } from './client.ts';
import { checked } from './contract-check.ts';
import { clearSignOut, markSignOut } from '../auth/sign-out-intent.ts';
import { sessionKey } from './keys.ts';

/** The current session, or null when nobody is signed in (a 401 here is an answer, not an error). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return checked(SessionSchema, await api.get('/sessions/current', undefined, signal), 'session');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: ({ signal }) => fetchSession(signal), staleTime: 60_000 });
}

function useSessionMutation<V>(call: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: V) => checked(SessionSchema, await call(variables), 'session'),
    onSuccess: (session) => {
      clearSignOut();
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

export const useLogin = () => useSessionMutation((body: LoginRequest) => api.post('/sessions', body));

export type MfaVerification = { code: string } | { recoveryCode: string };
export const useVerifyMfa = () =>
  useSessionMutation((body: MfaVerification) => api.post('/sessions/current/mfa', body));

export function useSwitchOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (orgId: string) =>
      checked(SessionSchema, await api.put('/sessions/current/organisation', { orgId }), 'session'),
    onSuccess: async (session) => {
      queryClient.setQueryData(sessionKey, session);
      // Organisation data is keyed by org id already; refetch the rest (user, org) so nothing is stale.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/sessions/current'),
    onSettled: () => {
      // Even when the server call failed, forget everything this tab knew about the user. The
      // session goes first, so the guard redirects before anything refetches without a session.
      markSignOut();
      queryClient.setQueryData(sessionKey, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
    },
  });
}
