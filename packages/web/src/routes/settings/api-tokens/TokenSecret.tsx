import type { ApiToken } from '@weerbaar/core/platform';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/CopyButton.tsx';

interface TokenSecretProps {
  token: ApiToken & { token: string };
  onDone: () => void;
}

/** The one moment the secret is visible. Focus moves here so nobody misses the warning. */
export function TokenSecret({ token, onDone }: TokenSecretProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [token.id]);

  return (
    <section className="utrecht-alert utrecht-alert--warning weerbaar-alert" aria-labelledby="token-secret-heading">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 className="utrecht-heading-3" id="token-secret-heading" ref={heading} tabIndex={-1}>
            {t('apiTokens.secretTitle')}
          </h2>
          <p className="utrecht-paragraph">{t('apiTokens.secretWarning')}</p>
          <p className="utrecht-paragraph weerbaar-secret">
            <span className="weerbaar-secret__label">{t('apiTokens.secretLabel', { name: token.name })}:</span>{' '}
            <code className="utrecht-code weerbaar-secret__value" data-testid="api-token-secret">
              {token.token}
            </code>
          </p>
          <div className="utrecht-button-group weerbaar-actions">
            <CopyButton value={token.token} />
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onDone}>
              {t('apiTokens.secretDone')}
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
