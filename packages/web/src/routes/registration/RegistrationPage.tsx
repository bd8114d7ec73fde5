import { SUBMISSION_RECIPIENTS } from '@weerbaar/core/delivery';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegistration, useRegistrationSubmissions, useSubmitRegistration } from '../../api/registration.ts';
import { useCan } from '../../auth/use-can.ts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { problemMessage } from '../../forms/form-errors.ts';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { DeliveryTargetForm } from './DeliveryTargetForm.tsx';
import { RegistrationForm } from './RegistrationForm.tsx';
import { SubmissionsTable } from './SubmissionsTable.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import './registration.css';
import { cite } from '../../format/citation.ts';

/** Registratie: the record for the national register (NIS2 Art. 3(4); Cbw art. 44) and its delivery. */
export function RegistrationPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canEdit = useCan('registration:write');
  const canManageDelivery = useCan('delivery:manage');
  const registration = useRegistration();
  const submissions = useRegistrationSubmissions();
  const submit = useSubmitRegistration();
  // One id per intended submission: a double click or a retry after a lost answer queues it once.
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());

  if (registration.data === undefined)
    return (
      <Page title={t('registration.title')}>
        <QueryState query={registration} />
      </Page>
    );
  const state = registration.data;
  const unsubmitted = state.current !== null && (state.submittedVersion ?? 0) < state.current.version;

  return (
    <Page title={t('registration.title')} lead={t('registration.intro')}>
      <section className="weerbaar-section" aria-labelledby="registration-status-heading">
        <h2 className="utrecht-heading-2" id="registration-status-heading">
          {t('registration.statusTitle')}
        </h2>
        {state.current === null && <p className="utrecht-paragraph">{t('registration.notSaved')}</p>}
        {state.current && !unsubmitted && (
          <p className="utrecht-paragraph">{t('registration.upToDate', { version: state.current.version })}</p>
        )}
        {unsubmitted && (
          <Alert
            type="warning"
            heading={t('registration.changeHeading', { version: state.current!.version })}
            headingLevel={3}
          >
            <ul className="utrecht-unordered-list">
              {state.changeDeadlines.map((d) => (
                <li className="utrecht-unordered-list__item" key={d.register}>
                  {t(`registration.deadline.${d.register}`, { at: formatDateTime(d.dueAt, locale) })}{' '}
                  <span className="weerbaar-muted">({cite(d.source)})</span>
                </li>
              ))}
            </ul>
            {canEdit && (
              <button
                type="button"
                className={`utrecht-button utrecht-button--primary-action${submit.isPending ? ' utrecht-button--busy' : ''}`}
                aria-disabled={submit.isPending || undefined}
                onClick={() => {
                  if (submit.isPending) return;
                  submit.mutate(submissionId, { onSuccess: () => setSubmissionId(crypto.randomUUID()) });
                }}
              >
                {submit.isPending ? t('registration.submitting') : t('registration.submit')}
              </button>
            )}
          </Alert>
        )}
        {submit.error && (
          <Alert type="error" live="alert" heading={t('errors.title')} headingLevel={3}>
            <p className="utrecht-paragraph">{problemMessage(submit.error, t)}</p>
          </Alert>
        )}
        <h3 className="utrecht-heading-3">{t('registration.submissionsTitle')}</h3>
        <QueryState query={submissions} />
        {submissions.data && submissions.data.items.length === 0 && (
          <p className="utrecht-paragraph">{t('registration.noSubmissions')}</p>
        )}
        {submissions.data && submissions.data.items.length > 0 && (
          <SubmissionsTable submissions={submissions.data.items} />
        )}
      </section>

      <section className="weerbaar-section">
        <RegistrationForm state={state} canEdit={canEdit} />
      </section>

      <section className="weerbaar-section" aria-labelledby="registration-history-heading">
        <h2 className="utrecht-heading-2" id="registration-history-heading">
          {t('registration.historyTitle')}
        </h2>
        <VersionHistory />
      </section>

      {canManageDelivery && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="delivery-heading">
          <h2 className="utrecht-heading-2" id="delivery-heading">
            {t('registration.delivery.title')}
          </h2>
          <p className="utrecht-paragraph">{t('registration.delivery.intro')}</p>
          {SUBMISSION_RECIPIENTS.map((recipient) => (
            <section key={recipient} aria-labelledby={`delivery-${recipient}-heading`}>
              <h3 className="utrecht-heading-3" id={`delivery-${recipient}-heading`}>
                {t(`registration.delivery.recipient.${recipient}`)}
              </h3>
              {/* A copy to a sector CSIRT is the entity's own choice: no article sends it (Cbw art. 16(1)). Up to
                  three, each with its own target and receipt; the explanation stands above the first. */}
              {recipient === 'sector_csirt' && (
                <p className="utrecht-paragraph">{t('registration.delivery.copyIntro')}</p>
              )}
              <DeliveryTargetForm recipient={recipient} />
            </section>
          ))}
        </section>
      )}
    </Page>
  );
}
