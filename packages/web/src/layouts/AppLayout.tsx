import type { ReactNode } from 'react';
import { useCurrentSession } from '../auth/use-current-session.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { MainNav } from '../components/MainNav.tsx';
import { OrgSwitcher } from '../components/OrgSwitcher.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { UserMenu } from '../components/UserMenu.tsx';
import { AppFooter } from './AppFooter.tsx';
import { Brand } from './Brand.tsx';

/** Signed-in frame: banner with organisation, language and user; navigation; the page. */
export function AppLayout({ children }: { children: ReactNode }) {
  // Until MFA is set up only the profile is open: no navigation to pages the server would refuse.
  const { mfaEnrolmentRequired } = useCurrentSession();
  return (
    <div className="weerbaar-app">
      <SkipLink />
      <header className="utrecht-page-header weerbaar-header">
        <div className="weerbaar-header__content">
          <Brand />
          <div className="weerbaar-header__tools">
            <OrgSwitcher />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
      </header>
      <div className="weerbaar-shell">
        {!mfaEnrolmentRequired && <MainNav />}
        <main id="main" className="weerbaar-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <AppFooter />
    </div>
  );
}
