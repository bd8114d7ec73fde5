import type { RouteObject } from 'react-router';

export const campaignRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./CampaignsPage.tsx')).CampaignsPage }) },
  { path: ':id', lazy: async () => ({ Component: (await import('./CampaignDetailPage.tsx')).CampaignDetailPage }) },
  { path: 'cases/:id', lazy: async () => ({ Component: (await import('./CampaignCasePage.tsx')).CampaignCasePage }) },
];
