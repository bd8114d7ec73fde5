import type { RouteObject } from 'react-router';

// The pages under /risks; each is its own chunk.
export const riskRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./RisksPage.tsx')).RisksPage }) },
  { path: 'threats', lazy: async () => ({ Component: (await import('./ThreatsPage.tsx')).ThreatsPage }) },
  { path: 'matrix', lazy: async () => ({ Component: (await import('./RiskMatrixPage.tsx')).RiskMatrixPage }) },
  { path: 'new', lazy: async () => ({ Component: (await import('./ScenarioBuilderPage.tsx')).ScenarioBuilderPage }) },
  { path: ':id', lazy: async () => ({ Component: (await import('./RiskDetailPage.tsx')).RiskDetailPage }) },
];
