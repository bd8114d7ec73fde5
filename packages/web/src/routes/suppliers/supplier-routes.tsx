import type { RouteObject } from 'react-router';

// The supplier register under /suppliers; each page is its own chunk.
export const supplierRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./SuppliersPage.tsx')).SuppliersPage }) },
  {
    path: 'concentration',
    lazy: async () => ({ Component: (await import('./ConcentrationPage.tsx')).ConcentrationPage }),
  },
  { path: ':id', lazy: async () => ({ Component: (await import('./SupplierDetailPage.tsx')).SupplierDetailPage }) },
];
