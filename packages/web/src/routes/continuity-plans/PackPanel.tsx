import type { Pack } from '@weerbaar/core/continuity';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { packDownloads, useMakePack, usePackStatus } from './continuity-plans-api.ts';

/**
 * The offline pack: when the last one was made, which plans it no longer matches (print again), and the
 * button that makes a new one and offers it as PDF and as one HTML file that opens without Weerbaar.
 */
export function PackPanel() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const status = usePackStatus();
  const make = useMakePack();
  const [made, setMade] = useState<Pack>();
  const [failed, setFailed] = useState(false);
  const last = status.data?.lastPack ?? null;
  const outdated = status.data?.outdated ?? [];

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="pack-heading" data-testid="pack-panel">
      <h2 className="utrecht-heading-2" id="pack-heading">
        {t('continuityPlans.pack.title')}
      </h2>
      <p className="utrecht-paragraph">{t('continuityPlans.pack.intro')}</p>
      <p className="utrecht-paragraph" data-testid="pack-last">
        {last
          ? t('continuityPlans.pack.last', { version: last.packVersion, date: formatDateTime(last.madeAt, locale) })
          : t('continuityPlans.pack.never')}
      </p>
      {outdated.length > 0 && !made && (
        <Alert type="warning" heading={t('continuityPlans.pack.outdatedTitle')} headingLevel={3} testId="pack-outdated">
          <p className="utrecht-paragraph">{t('continuityPlans.pack.outdated')}</p>
          <ul className="utrecht-unordered-list">
            {outdated.map((o) => (
              <li key={o.planId}>
                {o.printedVersion === null
                  ? t('continuityPlans.pack.notPrinted', { title: o.title, version: o.currentVersion })
                  : t('continuityPlans.pack.olderPrinted', {
                      title: o.title,
                      printed: o.printedVersion,
                      version: o.currentVersion,
                    })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {failed && (
        <Alert type="error" live="alert">
          <p className="utrecht-paragraph">{t('errors.unknown')}</p>
        </Alert>
      )}
      <div className="weerbaar-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={make.isPending || undefined}
          onClick={() => {
            if (make.isPending) return;
            setFailed(false);
            make.mutateAsync().then(setMade, () => setFailed(true));
          }}
        >
          {make.isPending ? t('continuityPlans.pack.making') : t('continuityPlans.pack.make')}
        </button>
      </div>
      {made && (
        <Alert
          type="ok"
          live="status"
          heading={t('continuityPlans.pack.ready', { version: made.packVersion })}
          headingLevel={3}
        >
          <p className="utrecht-paragraph">{t('continuityPlans.pack.readyText', { count: made.plans.length })}</p>
          <ul className="utrecht-unordered-list">
            <li>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={packDownloads(made).pdf}
                download
                data-testid="pack-pdf"
              >
                {t('continuityPlans.pack.pdf')}
              </a>
            </li>
            <li>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={packDownloads(made).html}
                download
                data-testid="pack-html"
              >
                {t('continuityPlans.pack.html')}
              </a>
            </li>
          </ul>
        </Alert>
      )}
    </section>
  );
}
