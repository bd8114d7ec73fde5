import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { AppFooter } from './AppFooter.tsx';
import { Brand } from './Brand.tsx';

/** Frame for pages without a session: the landing page, log in, MFA, password reset, invitations. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <div className="weerbaar-app">
      <SkipLink />
      <header className="utrecht-page-header weerbaar-header">
        <div className="weerbaar-header__content">
          <Brand />
          <div className="weerbaar-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="weerbaar-main weerbaar-main--narrow" tabIndex={-1}>
        {children ?? <Outlet />}
      </main>
      <AppFooter />
    </div>
  );
}
