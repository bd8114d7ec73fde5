import { QueryClient } from '@tanstack/react-query';
import { isApiError, setUnauthorizedListener } from './client.ts';
import { sessionKey } from './keys.ts';

// A wrong password or code is an answer, not a lost session; everything else that says 401 is.
const NOT_A_LOST_SESSION = new Set(['invalid_credentials', 'account_locked', 'rate_limited']);

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers will not change by asking again; only network trouble and 5xx deserve a retry.
        retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });

  setUnauthorizedListener((error, path) => {
    if (path === '/sessions/current' || NOT_A_LOST_SESSION.has(error.code)) return;
    // The guard around signed-in pages sees the refetched (empty) session and sends the user to /login.
    void queryClient.invalidateQueries({ queryKey: sessionKey });
  });

  return queryClient;
}
