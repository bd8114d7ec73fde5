import type { RouteObject } from 'react-router';

export const sharingRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./SharingPage.tsx')).SharingPage }) },
  {
    path: 'communities/:id',
    lazy: async () => ({ Component: (await import('./CommunityPage.tsx')).CommunityPage }),
  },
  { path: 'import', lazy: async () => ({ Component: (await import('./StixImportPage.tsx')).StixImportPage }) },
];
