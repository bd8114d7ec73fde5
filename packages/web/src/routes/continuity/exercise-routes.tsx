import type { RouteObject } from 'react-router';

// The pages under /exercises; each is its own chunk. Critical roles live at /critical-roles.
export const exerciseRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./ExercisesPage.tsx')).ExercisesPage }) },
  {
    path: ':exerciseId',
    lazy: async () => ({ Component: (await import('./ExerciseDetailPage.tsx')).ExerciseDetailPage }),
  },
];
