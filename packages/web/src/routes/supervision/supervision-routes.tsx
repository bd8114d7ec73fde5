import type { RouteObject } from 'react-router';

// Supervision under /supervision: the supervisor's requests and findings, or the entity's received ones.
export const supervisionRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./SupervisionPage.tsx')).SupervisionPage }) },
  {
    path: 'requests/:id',
    lazy: async () => ({ Component: (await import('./RequestPage.tsx')).RequestPage }),
  },
  {
    path: 'entities/:id',
    lazy: async () => ({ Component: (await import('./SupervisedEntityPage.tsx')).SupervisedEntityPage }),
  },
];
