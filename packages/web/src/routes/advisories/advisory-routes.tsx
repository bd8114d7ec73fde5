import type { RouteObject } from 'react-router';

export const advisoryRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./AdvisoriesPage.tsx')).AdvisoriesPage }) },
  { path: 'inventory', lazy: async () => ({ Component: (await import('./InventoryPage.tsx')).InventoryPage }) },
  { path: 'new', lazy: async () => ({ Component: (await import('./PublishAdvisoryPage.tsx')).PublishAdvisoryPage }) },
  { path: ':id', lazy: async () => ({ Component: (await import('./AdvisoryDetailPage.tsx')).AdvisoryDetailPage }) },
];
