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
import { cite } from '../../format/citation.ts';
import { actorName } from '../../format/actor.ts';

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
            {t('incidents.reports.submittedAt', {
              at: formatDateTime(r.submittedAt, locale),
              by: actorName(r.submittedBy, t),
            })}
            <br />
            {/* Cbw arts. 26(1), 27(1), 29(1): to the CSIRT and the competent authority, each with its own receipt. */}
            <p className="utrecht-paragraph weerbaar-muted" data-testid="report-recipients">
              {t('incidents.reports.recipients', {
                recipients: r.recipients.recipients.map((x) => t(`incidents.reports.recipient.${x}`)).join(' + '),
                source: cite(r.recipients.source),
              })}
            </p>
            <ul className="utrecht-unordered-list" data-testid="report-deliveries">
              {(r.deliveries.length > 0 ? r.deliveries : [null]).map((d, index) => (
                <li className="utrecht-unordered-list__item" key={d?.recipient ?? index}>
                  {d && (
                    <strong>
                      {capitalise(t(`incidents.reports.recipient.${d.recipient}`))}
                      {/* Which competent authority, from the registration's sectors (Cbw art. 15). */}
                      {d.recipient === 'competent_authority' && d.addressee?.competentAuthorities.length ? (
                        <span data-testid="delivery-addressee"> ({d.addressee.competentAuthorities.join('; ')})</span>
                      ) : null}
                      :{' '}
                    </strong>
                  )}
                  <span data-testid="delivery-status">{t(`incidents.reports.status.${d?.status ?? 'pending'}`)}</span>
                  {d?.receipt && (
                    <>
                      {' — '}
                      <span data-testid="receipt">
                        {t('incidents.reports.receipt', {
                          reference: d.receipt.authorityReference,
                          at: formatDateTime(d.receipt.receivedAt, locale),
                        })}
                      </span>
                      {d.receipt.verified && ` ${t('incidents.reports.verified')}`}
                    </>
                  )}
                  {/* Refused as meant for another authority (the intake's code in brackets): said in Dutch, naming
                      the one the report was for (Cbw art. 15 for the competent authority). */}
                  {d?.status === 'failed' && d.lastError?.includes('[wrong_recipient]') && (
                    <p className="utrecht-paragraph" data-testid="wrong-recipient">
                      {t('incidents.reports.wrongRecipient', {
                        expected: `${t(`incidents.reports.recipient.${d.recipient}`)}${d.addressee?.competentAuthorities.length ? ` (${d.addressee.competentAuthorities.join('; ')})` : ''}`,
                      })}
                    </p>
                  )}
                  {d?.lastError && (
                    <p className="utrecht-paragraph weerbaar-muted">
                      {t('incidents.reports.lastError', { error: d.lastError })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
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
                        : f.dueAt
                          ? t('incidents.reports.request', { at: formatDateTime(f.dueAt, locale) })
                          : t('incidents.reports.requestWithoutTime')}
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
        {canWrite && reports.some((r) => r.deliveries.some((d) => d.status === 'delivered')) && (
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
