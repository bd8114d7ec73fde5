import type { RouteObject } from 'react-router';

export const advisoryRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./AdvisoriesPage.tsx')).AdvisoriesPage }) },
  { path: ':id', lazy: async () => ({ Component: (await import('./AdvisoryDetailPage.tsx')).AdvisoryDetailPage }) },
];
