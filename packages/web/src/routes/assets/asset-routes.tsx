import type { RouteObject } from 'react-router';

// The pages under /assets; each is its own chunk (the impact picture loads only on its page).
export const assetRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./AssetsPage.tsx')).AssetsPage }) },
  { path: ':id', lazy: async () => ({ Component: (await import('./AssetDetailPage.tsx')).AssetDetailPage }) },
  {
    path: ':id/impact',
    lazy: async () => ({ Component: (await import('./AssetImpactPage.tsx')).AssetImpactPage }),
  },
];
