import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAdoptFramework, useDropFramework, useFrameworks } from './measures-api.ts';

/** Which catalogues the organisation applies (it confirms; NIS2 Art. 21 is there from the start). */
export function FrameworksPanel({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const frameworks = useFrameworks();
  const adopt = useAdoptFramework();
  const drop = useDropFramework();
  const [message, setMessage] = useState<string>();

  return (
    <section className="weerbaar-section" aria-labelledby="frameworks-heading">
      <h2 className="utrecht-heading-2" id="frameworks-heading">
        {t('measures.frameworks.title')}
      </h2>
      <p className="utrecht-paragraph">{t('measures.frameworks.intro')}</p>
      <LiveMessage message={message} />
      <QueryState query={frameworks}>
        {(data) => (
          <ul className="utrecht-unordered-list" data-testid="frameworks">
            {data.available.map((c) => {
              const adopted = data.items.find((f) => f.catalogueId === c.id);
              return (
                <li key={c.id} className="utrecht-unordered-list__item">
                  <strong>{c.title}</strong> ({c.citation}, {t('measures.frameworks.version', { version: c.version })},{' '}
                  {t('measures.frameworks.count', { count: c.requirementCount })}){' '}
                  {adopted
                    ? t('measures.frameworks.adopted', {
                        by: adopted.adoptedBy,
                        at: formatDateTime(adopted.adoptedAt, locale),
                      })
                    : t('measures.frameworks.notAdopted')}{' '}
                  {c.suggestion && (
                    <span data-testid={`suggestion-${c.id}`}>
                      {t('measures.frameworks.suggested', {
                        reason: c.suggestion.reason[locale],
                        article: c.suggestion.article,
                      })}{' '}
                    </span>
                  )}
                  {canWrite &&
                    (adopted ? (
                      <ConfirmButton
                        title={t('measures.frameworks.dropTitle', { title: c.title })}
                        text={t('measures.frameworks.dropText')}
                        onConfirm={() =>
                          drop
                            .mutateAsync(c.id)
                            .then(() => setMessage(t('measures.frameworks.dropped', { title: c.title })))
                        }
                      >
                        {t('measures.frameworks.drop')}
                      </ConfirmButton>
                    ) : (
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--secondary-action"
                        disabled={adopt.isPending}
                        onClick={() =>
                          void adopt
                            .mutateAsync(c.id)
                            .then(() => setMessage(t('measures.frameworks.adoptedNow', { title: c.title })))
                        }
                      >
                        {t('measures.frameworks.adopt', { title: c.title })}
                      </button>
                    ))}
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
