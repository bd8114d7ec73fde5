import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="weerbaar-brand" aria-label={t('app.home')}>
      <img className="weerbaar-brand__logo" src="/favicon.svg" alt="" width="32" height="32" />
      <span className="weerbaar-brand__name">{t('app.name')}</span>
    </Link>
  );
}
