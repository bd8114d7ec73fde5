import type { RouteObject } from 'react-router';

// The incident pages under /incidents; each is its own chunk.
export const incidentRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./IncidentsPage.tsx')).IncidentsPage }) },
  { path: 'new', lazy: async () => ({ Component: (await import('./NewIncidentPage.tsx')).NewIncidentPage }) },
  { path: ':id', lazy: async () => ({ Component: (await import('./IncidentDetailPage.tsx')).IncidentDetailPage }) },
];
