import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session.ts';
import { LoadError, Loading } from '../components/QueryState.tsx';
import { AppLayout } from '../layouts/AppLayout.tsx';
import { PublicLayout } from '../layouts/PublicLayout.tsx';
import { LandingPage } from '../routes/landing/LandingPage.tsx';
import { withNext } from './next-path.ts';
import { SessionContext } from './session-context.ts';
import { isSignOutOnPurpose } from './sign-out-intent.ts';

const PROFILE_PATH = '/profile';

/**
 * The gate to every signed-in page. Without a session the user goes to /login (or, at `/`, sees the
 * landing page), and comes back
 * here afterwards (the `next` parameter); a session that still waits for MFA goes to /login/mfa. A person
 * who must set up MFA before working in this organisation (session.mfaEnrolmentRequired; NIS2 art.
 * 21(2)(j)) reaches only the profile, where the MFA section explains why.
 */
export function RequireSession() {
  const { data: session, isPending, error, refetch } = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  useSessionLocale(session?.user.id, session?.user.locale);

  if (isPending) return <Loading />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!session) {
    // A visitor at the front door meets what Weerbaar is, not a sign-in form.
    if (location.pathname === '/' && !isSignOutOnPurpose()) {
      return (
        <PublicLayout>
          <LandingPage />
        </PublicLayout>
      );
    }
    return isSignOutOnPurpose() ? (
      <Navigate to="/login" replace state={{ loggedOut: true }} />
    ) : (
      <Navigate to={withNext('/login', here)} replace />
    );
  }
  if (session.mfaPending) return <Navigate to={withNext('/login/mfa', here)} replace />;
  if (session.mfaEnrolmentRequired && location.pathname !== PROFILE_PATH) {
    return <Navigate to={`${PROFILE_PATH}#mfa`} replace />;
  }
  return (
    <SessionContext value={session}>
      <AppLayout>
        <Outlet />
      </AppLayout>
    </SessionContext>
  );
}

/** Once per signed-in user per page load, take over the language stored on their profile. */
function useSessionLocale(userId: string | undefined, locale: string | undefined) {
  const { i18n } = useTranslation();
  const applied = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!userId || !locale || applied.current === userId) return;
    applied.current = userId;
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [userId, locale, i18n]);
}
