import type { RouteObject } from 'react-router';

// Crisis coordination under /crises: the list and declaring, the levels and structures, a crisis room, a sitrep to print.
export const crisisRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./CrisesPage.tsx')).CrisesPage }) },
  {
    path: 'instellingen',
    lazy: async () => ({ Component: (await import('./CrisisSettingsPage.tsx')).CrisisSettingsPage }),
  },
  { path: ':id', lazy: async () => ({ Component: (await import('./CrisisRoomPage.tsx')).CrisisRoomPage }) },
  {
    path: ':id/sitreps/:sitrepId',
    lazy: async () => ({ Component: (await import('./SitrepPage.tsx')).SitrepPage }),
  },
];
