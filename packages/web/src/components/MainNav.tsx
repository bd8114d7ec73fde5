import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { canAccess } from '../auth/access.ts';
import { activeMembership, useCurrentSession } from '../auth/use-current-session.ts';
import { APP_PAGES, NAV_GROUPS, type NavGroup } from '../routes/app-pages.ts';

const GROUP_HEADING: Record<
  Exclude<NavGroup, 'main'>,
  'nav.modules' | 'nav.continuityGroup' | 'nav.authority' | 'nav.admin'
> = {
  modules: 'nav.modules',
  continuity: 'nav.continuityGroup',
  authority: 'nav.authority',
  admin: 'nav.admin',
};

/** Only the pages the active role and organisation may use; the router guards the same table. */
export function MainNav() {
  const { t } = useTranslation();
  const membership = activeMembership(useCurrentSession());

  return (
    <nav className="weerbaar-sidenav" aria-label={t('nav.label')}>
      {NAV_GROUPS.map((group) => {
        const pages = APP_PAGES.filter((p) => p.group === group && canAccess(membership, p.access));
        if (pages.length === 0) return null;
        const headingId = `nav-${group}`;
        return (
          <div className="weerbaar-sidenav__group" key={group}>
            {group !== 'main' && (
              <h2 className="weerbaar-sidenav__heading" id={headingId}>
                {t(GROUP_HEADING[group])}
              </h2>
            )}
            <ul className="weerbaar-sidenav__list" aria-labelledby={group !== 'main' ? headingId : undefined}>
              {pages.map((page) => (
                <li key={page.key}>
                  <NavLink
                    to={page.path}
                    end={page.path === '/'}
                    className={({ isActive }) =>
                      `utrecht-link utrecht-link--html-a weerbaar-sidenav__link${isActive ? ' weerbaar-sidenav__link--current' : ''}`
                    }
                  >
                    {t(`nav.${page.key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
