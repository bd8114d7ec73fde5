import type { RouteObject } from 'react-router';

// Uitvragen and crisis messages under /crisis-requests: the list (sent or received), one sent, one received.
export const crisisRequestRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('./CrisisRequestsPage.tsx')).CrisisRequestsPage }),
  },
  { path: 'sent/:id', lazy: async () => ({ Component: (await import('./CrisisRequestPage.tsx')).SentRequestPage }) },
  {
    path: 'received/:id',
    lazy: async () => ({ Component: (await import('./CrisisRequestPage.tsx')).ReceivedRequestPage }),
  },
];
