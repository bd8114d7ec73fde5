import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAccess } from '../auth/RequireAccess.tsx';
import { RequireSession } from '../auth/RequireSession.tsx';
import { Loading } from '../components/QueryState.tsx';
import { loadPageTexts } from '../i18n/index.ts';
import type { PageTexts } from '../i18n/page-texts.ts';
import { PublicLayout } from '../layouts/PublicLayout.tsx';
import { RootRoute } from './RootRoute.tsx';
import { appPage, type NavKey } from './app-pages.ts';
import { CrashPage } from './errors/CrashPage.tsx';
import { advisoryRoutes } from './advisories/advisory-routes.tsx';
import { assetRoutes } from './assets/asset-routes.tsx';
import { riskRoutes } from './risk/risk-routes.tsx';
import { continuityPlanRoutes } from './continuity-plans/continuity-plan-routes.tsx';
import { businessImpactRoutes } from './continuity/continuity-routes.tsx';
import { supplierRoutes } from './suppliers/supplier-routes.tsx';
import { incidentRoutes } from './incidents/incident-routes.tsx';
import { sharingRoutes } from './sharing/sharing-routes.tsx';
import { measureRoutes } from './measures/measure-routes.tsx';
import { exerciseRoutes } from './continuity/exercise-routes.tsx';
import { knowledgeRoutes, publicKnowledgeRoutes } from './knowledge/knowledge-routes.tsx';
import { supervisionRoutes } from './supervision/supervision-routes.tsx';
import { campaignRoutes } from './campaigns/campaign-routes.tsx';
import { exerciseAgendaRoutes } from './exercise-agenda/exercise-agenda-routes.tsx';
import { crisisRoutes } from './crisis/crisis-routes.tsx';
import { crisisRequestRoutes } from './crisisRequests/crisis-requests-routes.tsx';

// Every page is its own chunk: the first visit downloads only the frame and the page it opens.

/** Route fields that fetch a page group's texts (i18n/page-texts.ts) before any of its pages renders. */
const pageTexts = (group: PageTexts): Pick<RouteObject, 'loader' | 'shouldRevalidate'> => ({
  loader: async () => {
    await loadPageTexts(group);
    return null;
  },
  shouldRevalidate: () => false,
});

/** A signed-in page behind the same access rule the navigation uses (see app-pages.ts). */
function guarded(key: NavKey, lazy: RouteObject['lazy'], texts?: ReturnType<typeof pageTexts>): RouteObject {
  const page = appPage(key);
  return {
    path: page.path.slice(1),
    element: <RequireAccess page={page} />,
    ...texts,
    children: [{ index: true, lazy }],
  };
}

const routes: RouteObject[] = [
  {
    element: <RootRoute />,
    errorElement: <CrashPage />,
    // Shown while the first lazy route chunk loads.
    HydrateFallback: Loading,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'login', lazy: async () => ({ Component: (await import('./auth/LoginPage.tsx')).LoginPage }) },
          { path: 'login/mfa', lazy: async () => ({ Component: (await import('./auth/MfaPage.tsx')).MfaPage }) },
          {
            path: 'password-reset',
            lazy: async () => ({
              Component: (await import('./auth/PasswordResetRequestPage.tsx')).PasswordResetRequestPage,
            }),
          },
          {
            path: 'password-reset/confirm',
            lazy: async () => ({
              Component: (await import('./auth/PasswordResetConfirmPage.tsx')).PasswordResetConfirmPage,
            }),
          },
          {
            path: 'invitations/accept',
            lazy: async () => ({ Component: (await import('./auth/InvitationAcceptPage.tsx')).InvitationAcceptPage }),
          },
          {
            path: 'check',
            ...pageTexts('scope'),
            lazy: async () => ({ Component: (await import('./scope/PublicCheckPage.tsx')).PublicCheckPage }),
          },
          // The public knowledge base: TLP:CLEAR articles for every organisation, without signing in.
          // One TLP:CLEAR advisory, shown with the advisory pages' texts.
          {
            path: 'kennisbank/adviezen/:id',
            ...pageTexts('advisories'),
            lazy: async () => ({ Component: (await import('./advisories/PublicAdvisoryPage.tsx')).PublicAdvisoryPage }),
          },
          { path: 'kennisbank', ...pageTexts('knowledge'), children: publicKnowledgeRoutes },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./overview/OverviewPage.tsx')).OverviewPage }),
          },
          guarded(
            'scope',
            async () => ({ Component: (await import('./scope/ScopePage.tsx')).ScopePage }),
            pageTexts('scope'),
          ),
          {
            path: 'assets',
            element: <RequireAccess page={appPage('assets')} />,
            children: assetRoutes,
          },
          {
            path: 'risks',
            element: <RequireAccess page={appPage('risks')} />,
            ...pageTexts('risk'),
            children: riskRoutes,
          },
          {
            path: 'measures',
            element: <RequireAccess page={appPage('measures')} />,
            ...pageTexts('measures'),
            children: measureRoutes,
          },
          {
            path: 'continuity-plans',
            element: <RequireAccess page={appPage('continuityPlans')} />,
            children: continuityPlanRoutes,
          },
          {
            path: 'continuity/business-impact',
            element: <RequireAccess page={appPage('businessImpact')} />,
            ...pageTexts('continuity'),
            children: businessImpactRoutes,
          },
          {
            path: 'suppliers',
            element: <RequireAccess page={appPage('suppliers')} />,
            ...pageTexts('suppliers'),
            children: supplierRoutes,
          },
          {
            path: 'advisories',
            element: <RequireAccess page={appPage('advisories')} />,
            ...pageTexts('advisories'),
            children: advisoryRoutes,
          },
          guarded(
            'criticalRoles',
            async () => ({ Component: (await import('./continuity/CriticalRolesPage.tsx')).CriticalRolesPage }),
            pageTexts('continuity'),
          ),
          {
            path: 'exercises',
            element: <RequireAccess page={appPage('exercises')} />,
            ...pageTexts('continuity'),
            children: exerciseRoutes,
          },
          {
            path: 'incidents',
            element: <RequireAccess page={appPage('incidents')} />,
            ...pageTexts('incidents'),
            children: incidentRoutes,
          },
          {
            path: 'sharing',
            element: <RequireAccess page={appPage('sharing')} />,
            ...pageTexts('sharing'),
            children: sharingRoutes,
          },
          {
            path: 'knowledge',
            element: <RequireAccess page={appPage('knowledge')} />,
            ...pageTexts('knowledge'),
            children: knowledgeRoutes,
          },
          guarded('registration', async () => ({
            Component: (await import('./registration/RegistrationPage.tsx')).RegistrationPage,
          })),
          guarded(
            'registry',
            async () => ({ Component: (await import('./registry/RegistryPage.tsx')).RegistryPage }),
            pageTexts('registry'),
          ),
          {
            path: 'supervision',
            element: <RequireAccess page={appPage('supervision')} />,
            ...pageTexts('supervision'),
            children: supervisionRoutes,
          },
          {
            path: 'crises',
            element: <RequireAccess page={appPage('crisis')} />,
            ...pageTexts('crisis'),
            children: crisisRoutes,
          },
          {
            path: 'crisis-requests',
            element: <RequireAccess page={appPage('crisisRequests')} />,
            ...pageTexts('crisisRequests'),
            children: crisisRequestRoutes,
          },
          guarded('reports', async () => ({ Component: (await import('./inbox/InboxPage.tsx')).InboxPage })),
          {
            path: 'campaigns',
            element: <RequireAccess page={appPage('campaigns')} />,
            ...pageTexts('campaigns'),
            children: campaignRoutes,
          },
          {
            path: 'exercise-agenda',
            element: <RequireAccess page={appPage('exerciseAgenda')} />,
            ...pageTexts('exercise-agenda'),
            children: exerciseAgendaRoutes,
          },
          guarded(
            'trends',
            async () => ({ Component: (await import('./trends/TrendsPage.tsx')).TrendsPage }),
            pageTexts('trends'),
          ),
          guarded(
            'members',
            async () => ({ Component: (await import('./settings/members/MembersPage.tsx')).MembersPage }),
            pageTexts('settings'),
          ),
          guarded(
            'apiTokens',
            async () => ({ Component: (await import('./settings/api-tokens/ApiTokensPage.tsx')).ApiTokensPage }),
            pageTexts('settings'),
          ),
          guarded(
            'sso',
            async () => ({ Component: (await import('./settings/sso/SsoSettingsPage.tsx')).SsoSettingsPage }),
            pageTexts('settings'),
          ),
          guarded('audit', async () => ({ Component: (await import('./audit/AuditPage.tsx')).AuditPage })),
          {
            path: 'profile',
            ...pageTexts('profile'),
            lazy: async () => ({ Component: (await import('./profile/ProfilePage.tsx')).ProfilePage }),
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./errors/NotFoundPage.tsx')).NotFoundPage }),
          },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
