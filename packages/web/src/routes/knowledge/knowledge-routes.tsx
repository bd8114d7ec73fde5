import type { RouteObject } from 'react-router';

export const knowledgeRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./KnowledgePage.tsx')).KnowledgePage }) },
  {
    path: ':id',
    lazy: async () => ({ Component: (await import('./KnowledgeArticlePage.tsx')).KnowledgeArticlePage }),
  },
];

/** The public page without sign-in (TLP:CLEAR only), inside the public layout. */
export const publicKnowledgeRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./PublicKnowledgePage.tsx')).PublicKnowledgePage }) },
  {
    path: ':id',
    lazy: async () => ({
      Component: (await import('./PublicKnowledgeArticlePage.tsx')).PublicKnowledgeArticlePage,
    }),
  },
];
