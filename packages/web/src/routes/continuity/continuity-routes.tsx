import type { RouteObject } from 'react-router';

// The business impact analysis under /continuity/business-impact; each page is its own chunk.
export const businessImpactRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('./BusinessImpactPage.tsx')).BusinessImpactPage }),
  },
  {
    path: ':assetId',
    lazy: async () => ({ Component: (await import('./BusinessImpactDetailPage.tsx')).BusinessImpactDetailPage }),
  },
];
