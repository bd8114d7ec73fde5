import { useTranslation } from 'react-i18next';
import { problemMessage } from '../forms/form-errors.ts';
import { Alert } from './Alert.tsx';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph weerbaar-loading" role="status">
      {t('common.loading')}
    </p>
  );
}

interface LoadErrorProps {
  error: unknown;
  onRetry?: () => void;
}

export function LoadError({ error, onRetry }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert type="error" heading={t('errors.title')} live="alert">
      <p className="utrecht-paragraph">{problemMessage(error, t)}</p>
      {onRetry && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </Alert>
  );
}
