import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { fromDutchInputValue } from '../incidents/amsterdam-input.ts';
import { DeadlinesTable } from '../incidents/DeadlinesTable.tsx';
import { ReportContentView } from '../incidents/ReportContentView.tsx';
import { capitalise, stageLabel } from '../incidents/stage-label.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useServerNow } from '../incidents/use-server-clock.ts';
import { useAcknowledge, useInboxReport, useRequestIntermediate } from './inbox-api.ts';
import { useCan } from '../../auth/use-can.ts';
import { cite } from '../../format/citation.ts';

/** One received report with its chain, the entity's deadlines, and the authority's answers. */
export function InboxReportDetail({ id, backHref }: { id: string; backHref: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const report = useInboxReport(id);
  const acknowledge = useAcknowledge(id);
  const request = useRequestIntermediate(id);
  const canTriage = useCan('authority:triage');
  const ackForm = useFormErrors(['message']);
  const requestForm = useFormErrors(['dueAt', 'message']);
  const [message, setMessage] = useState<string>();
  const [formKey, setFormKey] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const now = useServerNow(undefined);
  // Opening a report moves focus to it, so keyboard and screen reader users land on what they chose.
  useEffect(() => {
    if (report.data) heading.current?.focus();
  }, [report.data]);
  if (report.data === undefined) return <QueryState query={report} retry={false} />;
  const r = report.data;

  function onAcknowledge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (acknowledge.isPending) return;
    const text = (formValues(event.currentTarget).message ?? '').trim();
    if (!text) return ackForm.setErrors({ fields: { message: t('validation.required') } });
    acknowledge.mutate(
      { message: text },
      {
        onSuccess: () => {
          ackForm.clear();
          setFormKey((k) => k + 1);
          setMessage(t('inbox.detail.ackSent'));
        },
        onError: ackForm.fromProblem,
      },
    );
  }

  function onRequest(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    const v = formValues(event.currentTarget);
    // Cbw art. 28 sets no period: the time is optional; without one the entity's clock shows it as owed.
    const dueAt = v.dueAt ? fromDutchInputValue(v.dueAt) : undefined;
    if (v.dueAt && !dueAt) return requestForm.setErrors({ fields: { dueAt: t('validation.required') } });
    request.mutate(
      { ...(dueAt ? { dueAt } : {}), message: (v.message ?? '').trim() },
      {
        onSuccess: () => {
          requestForm.clear();
          setFormKey((k) => k + 1);
          setMessage(t('inbox.detail.requestSent'));
        },
        onError: requestForm.fromProblem,
      },
    );
  }

  return (
    <section
      className="weerbaar-section weerbaar-panel"
      aria-labelledby="inbox-report-heading"
      data-testid="inbox-report"
    >
      <h2 className="utrecht-heading-2" id="inbox-report-heading" tabIndex={-1} ref={heading}>
        {r.authorityReference}: {capitalise(stageLabel(r.stage, locale))} — {r.sender.name}
      </h2>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={backHref}>
          {t('inbox.detail.back')}
        </Link>
      </p>
      {/* NIS2 Art. 23(5); Cbw art. 36(1)-(2): the entity asks for guidance or support; answer it first. */}
      {r.supportRequest && (
        <Alert
          type="warning"
          heading={t('inbox.detail.supportRequest')}
          headingLevel={3}
          testId="inbox-support-request"
        >
          <ul className="utrecht-unordered-list">
            {r.supportRequest.guidance && (
              <li className="utrecht-unordered-list__item">{t('inbox.detail.supportGuidance')}</li>
            )}
            {r.supportRequest.technicalSupport && (
              <li className="utrecht-unordered-list__item">{t('inbox.detail.supportTechnical')}</li>
            )}
          </ul>
          {r.supportRequest.note && (
            <p className="utrecht-paragraph weerbaar-message">
              {t('inbox.detail.supportNote')}: {r.supportRequest.note}
            </p>
          )}
        </Alert>
      )}
      <dl className="weerbaar-facts">
        <dt>{t('inbox.detail.incident')}</dt>
        <dd>
          {r.incident.reference}: {r.incident.title} ({t(`incidents.categories.${r.incident.category}`)})
        </dd>
        {r.voluntary && (
          <>
            <dt>{t('inbox.voluntaryFilter')}</dt>
            <dd data-testid="inbox-voluntary-detail">{t('inbox.detail.voluntary')}</dd>
          </>
        )}
        {r.awareAt && (
          <>
            <dt>{t('inbox.detail.awareAt')}</dt>
            <dd>{formatDateTime(r.awareAt, locale)}</dd>
          </>
        )}
        <dt>{t('inbox.detail.submittedAt')}</dt>
        <dd>{formatDateTime(r.submittedAt, locale)}</dd>
        <dt>{t('inbox.received')}</dt>
        <dd>{formatDateTime(r.receivedAt, locale)}</dd>
        {r.initialFeedback && (
          <>
            <dt>{t('inbox.detail.initialFeedback')}</dt>
            <dd data-testid="initial-feedback">
              <span className={`weerbaar-state--${r.initialFeedback.state}`}>
                {t(`inbox.feedbackStates.${r.initialFeedback.state}`, {
                  at: formatDateTime(r.initialFeedback.deadline, locale),
                })}
              </span>{' '}
              <span className="weerbaar-muted">({cite(r.initialFeedback.source)})</span>
            </dd>
          </>
        )}
        <dt>{t('inbox.detail.senderHash')}</dt>
        <dd>
          <code className="utrecht-code weerbaar-hash">{r.senderAuditHash ?? t('common.none')}</code>
        </dd>
      </dl>

      <h3 className="utrecht-heading-3">{t('inbox.detail.content')}</h3>
      <ReportContentView stage={r.stage} payload={r.payload} />

      <h3 className="utrecht-heading-3">{t('inbox.detail.chain')}</h3>
      <ol className="utrecht-ordered-list">
        {r.chain.map((c) => (
          <li className="utrecht-ordered-list__item" key={c.id}>
            {c.id === r.id ? (
              <strong>{c.authorityReference}</strong>
            ) : (
              <span className="weerbaar-id">{c.authorityReference}</span>
            )}
            : {capitalise(stageLabel(c.stage, locale))} ({t('incidents.reports.version', { version: c.version })}),{' '}
            {formatDateTime(c.submittedAt, locale)}
          </li>
        ))}
      </ol>
      {r.deadlines.length > 0 ? (
        <DeadlinesTable stages={r.deadlines} now={now} caption={t('inbox.detail.deadlines')} />
      ) : (
        <p className="utrecht-paragraph">{t('inbox.detail.noDeadlines')}</p>
      )}

      {r.acknowledgements.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('inbox.detail.acks')}</h3>
          <ul className="utrecht-unordered-list">
            {r.acknowledgements.map((a) => (
              <li className="utrecht-unordered-list__item" key={a.id}>
                {formatDateTime(a.acknowledgedAt, locale)} ({a.acknowledgedBy}): {a.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.intermediateReportRequests.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('inbox.detail.requests')}</h3>
          <ul className="utrecht-unordered-list">
            {r.intermediateReportRequests.map((q) => (
              <li className="utrecht-unordered-list__item" key={q.id}>
                {q.dueAt
                  ? t('incidents.reports.request', { at: formatDateTime(q.dueAt, locale) })
                  : t('incidents.reports.requestWithoutTime')}
                : {q.message}
              </li>
            ))}
          </ul>
        </>
      )}

      {canTriage && (
        <div key={formKey}>
          <ErrorSummary
            errors={ackForm.errors}
            fields={{ message: { id: 'ack-message', label: t('inbox.detail.ackMessage') } }}
          />
          <form
            className="utrecht-form weerbaar-form"
            noValidate
            onSubmit={onAcknowledge}
            aria-labelledby="ack-heading"
          >
            <h3 className="utrecht-heading-3" id="ack-heading">
              {r.voluntary ? t('inbox.detail.acknowledgeVoluntary') : t('inbox.detail.acknowledge')}
            </h3>
            <TextAreaField
              id="ack-message"
              name="message"
              label={t('inbox.detail.ackMessage')}
              hint={r.voluntary ? t('inbox.detail.ackHintVoluntary') : t('inbox.detail.ackHint')}
              error={ackForm.errors.fields.message}
              maxLength={10_000}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={acknowledge.isPending} busyLabel={t('common.saving')}>
                {r.voluntary ? t('inbox.detail.acknowledgeVoluntary') : t('inbox.detail.acknowledge')}
              </SubmitButton>
            </div>
          </form>
          {/* NIS2 Art. 30(2): no intermediate report can be demanded of a voluntary notification. */}
          {!r.voluntary && (
            <>
              <ErrorSummary
                errors={requestForm.errors}
                fields={{
                  dueAt: { id: 'request-due', label: t('inbox.detail.requestDue') },
                  message: { id: 'request-message', label: t('inbox.detail.requestMessage') },
                }}
              />
              <form
                className="utrecht-form weerbaar-form"
                noValidate
                onSubmit={onRequest}
                aria-labelledby="request-heading"
              >
                <h3 className="utrecht-heading-3" id="request-heading">
                  {t('inbox.detail.requestTitle')}
                </h3>
                <TextField
                  id="request-due"
                  name="dueAt"
                  type="datetime-local"
                  label={t('inbox.detail.requestDue')}
                  optional
                  hint={t('inbox.detail.requestDueHint')}
                  error={requestForm.errors.fields.dueAt}
                />
                <TextAreaField
                  id="request-message"
                  name="message"
                  label={t('inbox.detail.requestMessage')}
                  error={requestForm.errors.fields.message}
                  maxLength={10_000}
                />
                <div className="weerbaar-actions">
                  <SubmitButton busy={request.isPending} busyLabel={t('common.saving')} variant="secondary-action">
                    {t('inbox.detail.request')}
                  </SubmitButton>
                </div>
              </form>
            </>
          )}
        </div>
      )}
      <LiveMessage message={message} />
    </section>
  );
}
