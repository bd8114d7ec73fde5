import { useTranslation } from 'react-i18next';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className="utrecht-page-footer weerbaar-footer">
      <div className="weerbaar-footer__content">
        <p className="utrecht-paragraph">{t('app.footer')}</p>
      </div>
    </footer>
  );
}
