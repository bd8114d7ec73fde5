import type { RouteObject } from 'react-router';

// The pages under /measures; each is its own chunk.
export const measureRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./MeasuresPage.tsx')).MeasuresPage }) },
  { path: 'board', lazy: async () => ({ Component: (await import('./BoardPage.tsx')).BoardPage }) },
  {
    path: ':requirementId',
    lazy: async () => ({ Component: (await import('./MeasureDetailPage.tsx')).MeasureDetailPage }),
  },
];
