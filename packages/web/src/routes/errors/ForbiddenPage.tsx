import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('forbidden.title')}>
      <p className="utrecht-paragraph">{t('forbidden.text')}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/">
          {t('common.toOverview')}
        </Link>
      </p>
    </Page>
  );
}
