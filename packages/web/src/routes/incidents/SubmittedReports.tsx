import type { IncidentReportView } from '@weerbaar/core/incidents';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client.ts';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useCheckFeedback } from './incidents-api.ts';
import { ReportContentView } from './ReportContentView.tsx';
import { capitalise, stageLabel } from './stage-label.ts';

/** What was sent, where it is (outbox → receipt), and what the authority answered. */
export function SubmittedReports({
  incidentId,
  reports,
  canWrite,
}: {
  incidentId: string;
  reports: readonly IncidentReportView[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const check = useCheckFeedback(incidentId);
  const [message, setMessage] = useState<string>();
  if (reports.length === 0) return <p className="utrecht-paragraph">{t('incidents.reports.empty')}</p>;
  return (
    <>
      <ul className="utrecht-unordered-list weerbaar-criteria" data-testid="submitted-reports">
        {[...reports].reverse().map((r) => (
          <li className="utrecht-unordered-list__item" key={r.id}>
            <strong>
              {capitalise(stageLabel(r.stage, locale))}, {t('incidents.reports.version', { version: r.version })}
            </strong>
            <br />
            {t('incidents.reports.submittedAt', { at: formatDateTime(r.submittedAt, locale), by: r.submittedBy })}
            <br />
            <span data-testid="delivery-status">
              {t(`incidents.reports.status.${r.delivery?.status ?? 'pending'}`)}
            </span>
            {r.delivery?.receipt && (
              <>
                {' — '}
                <span data-testid="receipt">
                  {t('incidents.reports.receipt', {
                    reference: r.delivery.receipt.authorityReference,
                    at: formatDateTime(r.delivery.receipt.receivedAt, locale),
                  })}
                </span>
                {r.delivery.receipt.verified && ` ${t('incidents.reports.verified')}`}
              </>
            )}
            {r.delivery?.lastError && (
              <p className="utrecht-paragraph weerbaar-muted">
                {t('incidents.reports.lastError', { error: r.delivery.lastError })}
              </p>
            )}
            <p className="utrecht-paragraph weerbaar-muted">
              {t('incidents.reports.auditHash')}: <code className="utrecht-code weerbaar-hash">{r.auditHash}</code>
            </p>
            {r.feedback.length > 0 && (
              <ul className="utrecht-unordered-list" data-testid="authority-feedback">
                {r.feedback.map((f) => (
                  <li className="utrecht-unordered-list__item" key={f.id}>
                    <strong>
                      {f.kind === 'acknowledgement'
                        ? t('incidents.reports.acknowledgement')
                        : t('incidents.reports.request', { at: formatDateTime(f.dueAt, locale) })}
                    </strong>{' '}
                    ({formatDateTime(f.occurredAt, locale)}): {f.message}
                  </li>
                ))}
              </ul>
            )}
            <p className="utrecht-paragraph weerbaar-no-print">
              <a
                className="utrecht-link utrecht-link--html-a"
                href={apiUrl(`/incidents/${incidentId}/reports/${r.id}/pdf`)}
                download
                data-testid="report-pdf"
              >
                {t('incidents.reports.downloadPdf')}
              </a>
            </p>
            <details>
              <summary>{t('incidents.reports.showContent')}</summary>
              <ReportContentView stage={r.stage} payload={r.payload} />
            </details>
          </li>
        ))}
      </ul>
      <div className="weerbaar-actions weerbaar-no-print">
        {canWrite && reports.some((r) => r.delivery?.status === 'delivered') && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-disabled={check.isPending || undefined}
            onClick={() =>
              !check.isPending &&
              check.mutate(undefined, {
                onSuccess: (r) =>
                  setMessage(
                    r.newItems > 0
                      ? t('incidents.reports.newFeedback', { count: r.newItems })
                      : t('incidents.reports.noNewFeedback'),
                  ),
              })
            }
          >
            {t('incidents.reports.checkFeedback')}
          </button>
        )}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          {t('incidents.reports.print')}
        </button>
      </div>
      <LiveMessage message={message} />
    </>
  );
}
