import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p className="utrecht-paragraph">{t('notFound.text')}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/">
          {t('common.toOverview')}
        </Link>
      </p>
    </Page>
  );
}
