import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canAccess } from '../../auth/access.ts';
import { activeMembership, useCurrentSession } from '../../auth/use-current-session.ts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { appPage, type ModuleKey } from '../app-pages.ts';

/**
 * The place of a module that is not built yet. Rather than an empty page it says what the module
 * will do and where the obligation comes from, and points at what the user can do today.
 */
export function ModulePage({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const membership = activeMembership(session);
  const points = t(`modules.${module}.points`, { returnObjects: true });
  const now: { key: string; to: string; text: string }[] = [];
  if (canAccess(membership, appPage('members').access))
    now.push({ key: 'invite', to: '/settings/members', text: t('modules.nowInvite') });
  if (!session.user.mfaEnabled) now.push({ key: 'mfa', to: '/profile#mfa', text: t('modules.nowMfa') });
  if (canAccess(membership, appPage('audit').access))
    now.push({ key: 'audit', to: '/audit', text: t('modules.nowAudit') });

  return (
    <Page title={t(`nav.${module}`)} lead={t(`modules.${module}.summary`)}>
      <Alert type="info" heading={t('modules.comingSoon')}>
        <p className="utrecht-paragraph">{t('modules.comingSoonText')}</p>
      </Alert>
      <ul className="utrecht-unordered-list weerbaar-section">
        {points.map((point) => (
          <li className="utrecht-unordered-list__item" key={point}>
            {point}
          </li>
        ))}
      </ul>
      <section className="weerbaar-section" aria-labelledby="module-law">
        <h2 className="utrecht-heading-2" id="module-law">
          {t('modules.lawTitle')}
        </h2>
        <p className="utrecht-paragraph">{t(`modules.${module}.law`)}</p>
      </section>
      {now.length > 0 && (
        <section className="weerbaar-section" aria-labelledby="module-now">
          <h2 className="utrecht-heading-2" id="module-now">
            {t('modules.whatNow')}
          </h2>
          <ul className="utrecht-unordered-list">
            {now.map((item) => (
              <li className="utrecht-unordered-list__item" key={item.key}>
                <Link className="utrecht-link utrecht-link--html-a" to={item.to}>
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
