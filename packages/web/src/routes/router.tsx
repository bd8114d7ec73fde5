import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAccess } from '../auth/RequireAccess.tsx';
import { RequireSession } from '../auth/RequireSession.tsx';
import { Loading } from '../components/QueryState.tsx';
import { PublicLayout } from '../layouts/PublicLayout.tsx';
import { RootRoute } from './RootRoute.tsx';
import { appPage, type ModuleKey, type NavKey } from './app-pages.ts';
import { CrashPage } from './errors/CrashPage.tsx';
import { advisoryRoutes } from './advisories/advisory-routes.tsx';
import { assetRoutes } from './assets/asset-routes.tsx';
import { riskRoutes } from './risk/risk-routes.tsx';
import { incidentRoutes } from './incidents/incident-routes.tsx';
import { measureRoutes } from './measures/measure-routes.tsx';

// Every page is its own chunk: the first visit downloads only the frame and the page it opens.

const modulePage =
  (module: ModuleKey): RouteObject['lazy'] =>
  async () => {
    const { ModulePage } = await import('./modules/ModulePage.tsx');
    return { Component: () => <ModulePage module={module} /> };
  };

/** A signed-in page behind the same access rule the navigation uses (see app-pages.ts). */
function guarded(key: NavKey, lazy: RouteObject['lazy']): RouteObject {
  const page = appPage(key);
  return { path: page.path.slice(1), element: <RequireAccess page={page} />, children: [{ index: true, lazy }] };
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
            lazy: async () => ({ Component: (await import('./scope/PublicCheckPage.tsx')).PublicCheckPage }),
          },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./overview/OverviewPage.tsx')).OverviewPage }),
          },
          guarded('scope', async () => ({ Component: (await import('./scope/ScopePage.tsx')).ScopePage })),
          { path: 'assets', element: <RequireAccess page={appPage('assets')} />, children: assetRoutes },
          {
            path: 'advisories',
            element: <RequireAccess page={appPage('advisories')} />,
            children: advisoryRoutes,
          },
          { path: 'risks', element: <RequireAccess page={appPage('risks')} />, children: riskRoutes },
          { path: 'measures', element: <RequireAccess page={appPage('measures')} />, children: measureRoutes },
          guarded('continuity', modulePage('continuity')),
          { path: 'incidents', element: <RequireAccess page={appPage('incidents')} />, children: incidentRoutes },
          guarded('sharing', modulePage('sharing')),
          guarded('registration', async () => ({
            Component: (await import('./registration/RegistrationPage.tsx')).RegistrationPage,
          })),
          guarded('registry', async () => ({ Component: (await import('./registry/RegistryPage.tsx')).RegistryPage })),
          guarded('reports', async () => ({ Component: (await import('./inbox/InboxPage.tsx')).InboxPage })),
          guarded('members', async () => ({
            Component: (await import('./settings/members/MembersPage.tsx')).MembersPage,
          })),
          guarded('apiTokens', async () => ({
            Component: (await import('./settings/api-tokens/ApiTokensPage.tsx')).ApiTokensPage,
          })),
          guarded('sso', async () => ({
            Component: (await import('./settings/sso/SsoSettingsPage.tsx')).SsoSettingsPage,
          })),
          guarded('audit', async () => ({ Component: (await import('./audit/AuditPage.tsx')).AuditPage })),
          {
            path: 'profile',
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
