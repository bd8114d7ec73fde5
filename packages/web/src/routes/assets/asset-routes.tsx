import type { RouteObject } from 'react-router';

// The pages under /assets; each is its own chunk.
export const assetRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./AssetsPage.tsx')).AssetsPage }) },
  { path: ':id', lazy: async () => ({ Component: (await import('./AssetDetailPage.tsx')).AssetDetailPage }) },
];
