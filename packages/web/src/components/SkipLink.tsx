import { useTranslation } from 'react-i18next';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
      {t('app.skipLink')}
    </a>
  );
}
