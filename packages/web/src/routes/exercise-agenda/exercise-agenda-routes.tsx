import type { RouteObject } from 'react-router';

// The pages under /exercise-agenda; each is its own chunk.
export const exerciseAgendaRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./ExerciseAgendaPage.tsx')).ExerciseAgendaPage }) },
  { path: ':agendaId', lazy: async () => ({ Component: (await import('./AgendaDetailPage.tsx')).AgendaDetailPage }) },
  { path: 'items/:itemId', lazy: async () => ({ Component: (await import('./AgendaItemPage.tsx')).AgendaItemPage }) },
];
