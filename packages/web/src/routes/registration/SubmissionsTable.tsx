import type { RegistrationSubmission } from '@weerbaar/core/registration';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';

/** Each submission with where it is: waiting (with the last error), delivered (with the receipt) or refused. */
export function SubmissionsTable({ submissions }: { submissions: readonly RegistrationSubmission[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{t('registration.submissionsCaption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('registration.submittedAt')}
            </th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {t('registration.version')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('registration.status')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('registration.authorityReference')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('registration.receivedAt')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {submissions.map((s) => (
            <tr className="utrecht-table__row" key={s.id}>
              <td className="utrecht-table__cell">
                <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, locale)}</time>
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{s.version ?? ''}</td>
              <td className="utrecht-table__cell">
                <strong>{t(`registration.statuses.${s.status}`)}</strong>
                {s.status === 'pending' && s.attempts > 0 && (
                  <p className="utrecht-paragraph weerbaar-muted">
                    {t('registration.attempts', { count: s.attempts })}
                    {s.nextAttemptAt &&
                      ` ${t('registration.nextAttempt', { at: formatDateTime(s.nextAttemptAt, locale) })}`}
                  </p>
                )}
                {s.lastError && (
                  <p className="utrecht-paragraph weerbaar-muted">
                    {t('registration.lastError', { error: s.lastError })}
                  </p>
                )}
              </td>
              <td className="utrecht-table__cell">
                {s.receipt ? (
                  <>
                    <span className="weerbaar-id">{s.receipt.authorityReference}</span>
                    {s.receipt.verified && (
                      <p className="utrecht-paragraph weerbaar-muted">{t('registration.signatureVerified')}</p>
                    )}
                  </>
                ) : (
                  t('common.none')
                )}
              </td>
              <td className="utrecht-table__cell">
                {s.receipt ? (
                  <time dateTime={s.receipt.receivedAt}>{formatDateTime(s.receipt.receivedAt, locale)}</time>
                ) : (
                  t('common.none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
