import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { usePageTitle } from '../../components/Page.tsx';

/**
 * The router's last resort: a render error, or a route chunk that no longer exists after a new
 * release. Reloading fetches the new index.html, which fixes the second case.
 */
export function CrashPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('crash.title'));
  if (import.meta.env.DEV) console.error(error);
  return (
    <main id="main" className="weerbaar-main weerbaar-main--narrow">
      <h1 className="utrecht-heading-1">{t('crash.title')}</h1>
      <p className="utrecht-paragraph">{t('crash.text')}</p>
      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => location.reload()}>
        {t('crash.reload')}
      </button>
    </main>
  );
}
