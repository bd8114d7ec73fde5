import type { RouteObject } from 'react-router';

// The pages under /continuity-plans; each is its own chunk.
export const continuityPlanRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('./ContinuityPlansPage.tsx')).ContinuityPlansPage }),
  },
  { path: ':id', lazy: async () => ({ Component: (await import('./ContinuityPlanPage.tsx')).ContinuityPlanPage }) },
];
