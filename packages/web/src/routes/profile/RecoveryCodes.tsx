import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';

/** Shown once, right after activation; the server keeps only hashes of these codes. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const heading = container.current?.querySelector<HTMLElement>('h3');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, []);

  return (
    <div ref={container}>
      <Alert type="warning" headingLevel={3} heading={t('profile.recoveryTitle')}>
        <p className="utrecht-paragraph">{t('profile.recoveryText')}</p>
        <ul className="weerbaar-codes" aria-label={t('profile.recoveryLabel')} data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code}>
              <code className="utrecht-code">{code}</code>
            </li>
          ))}
        </ul>
        <div className="utrecht-button-group weerbaar-actions">
          <CopyButton value={codes.join('\n')} />
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onDone}>
            {t('profile.recoveryDone')}
          </button>
        </div>
      </Alert>
    </div>
  );
}
