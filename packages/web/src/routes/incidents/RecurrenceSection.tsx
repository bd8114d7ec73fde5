import { INCIDENT_ROOT_CAUSES, IncidentRootCauseSchema, type Incident } from '@weerbaar/core/incidents';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate, formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { parseNumber } from './fact-answers.ts';
import { useOverrideRecurrence, useRemoveRecurrenceOverride, useUpdateIncident } from './incidents-api.ts';
import { actorName } from '../../format/actor.ts';

const euro = (amount: number, locale: string) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(amount);

/**
 * Impl. Reg. 2024/2690 Art. 4 on the incident page: the apparent root cause the handler records, the
 * incidents the register counts with it (linked), and the handler's override of that count with a reason.
 */
export function RecurrenceSection({ incident, canWrite }: { incident: Incident; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { recurrence } = incident.significance;
  const update = useUpdateIncident(incident.id);
  const override = useOverrideRecurrence(incident.id);
  const removeOverride = useRemoveRecurrenceOverride(incident.id);
  const [overriding, setOverriding] = useState(false);
  const [message, setMessage] = useState<string>();

  const causeFields = {
    rootCause: { id: 'root-cause', label: t('incidents.recurrence.rootCause') },
    rootCauseDetail: { id: 'root-cause-detail', label: t('incidents.recurrence.rootCauseDetail') },
  };
  const causeForm = useFormErrors(causeFields);
  const overrideFields = {
    sameRootCauseIncidents: { id: 'recurrence-count', label: t('incidents.recurrence.overrideCount') },
    combinedLossEur: { id: 'recurrence-loss', label: t('incidents.recurrence.overrideLoss') },
    reason: { id: 'recurrence-reason', label: t('incidents.recurrence.overrideReason') },
  };
  const overrideForm = useFormErrors(overrideFields);

  function onSaveCause(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const v = formValues(event.currentTarget);
    void update
      .mutateAsync({
        rootCause: IncidentRootCauseSchema.nullable()
          .catch(null)
          .parse(v.rootCause || null),
        rootCauseDetail: v.rootCauseDetail?.trim() || null,
      })
      .then(() => setMessage(t('incidents.recurrence.rootCauseSaved')), causeForm.fromProblem);
  }

  function onOverride(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (override.isPending) return;
    const v = formValues(event.currentTarget);
    const count = Number(v.sameRootCauseIncidents?.trim());
    const loss = v.combinedLossEur?.trim() ? parseNumber(v.combinedLossEur) : null;
    const problems: Record<string, string> = {};
    if (!Number.isInteger(count) || count < 1) problems.sameRootCauseIncidents = t('incidents.recurrence.countInvalid');
    if (loss !== null && Number.isNaN(loss)) problems.combinedLossEur = t('incidents.form.notANumber');
    if (!v.reason?.trim()) problems.reason = t('incidents.recurrence.reasonRequired');
    if (Object.keys(problems).length > 0) return overrideForm.setErrors({ fields: problems });
    overrideForm.clear();
    void override
      .mutateAsync({ sameRootCauseIncidents: count, combinedLossEur: loss, reason: v.reason!.trim() })
      .then(() => setOverriding(false), overrideForm.fromProblem);
  }

  const amount = (value: number | null) =>
    value === null ? t('incidents.recurrence.lossNotKnown') : euro(value, locale);
  const others = recurrence.incidents.filter((i) => i.id !== incident.id);

  return (
    <section aria-labelledby="recurrence-heading" data-testid="recurrence">
      <h3 className="utrecht-heading-3" id="recurrence-heading">
        {t('incidents.recurrence.title')}
      </h3>
      <p className="utrecht-paragraph weerbaar-muted">{t('incidents.recurrence.intro')}</p>
      {incident.rootCause === null && (
        <p className="utrecht-paragraph" data-testid="root-cause-missing">
          {t('incidents.recurrence.rootCauseMissing')}
        </p>
      )}
      {recurrence.windowStart && recurrence.windowEnd && (
        <>
          <p className="utrecht-paragraph" data-testid="recurrence-count">
            {others.length > 0
              ? t('incidents.recurrence.counted', {
                  count: recurrence.incidents.length,
                  from: formatDate(recurrence.windowStart, locale),
                  to: formatDate(recurrence.windowEnd, locale),
                })
              : t('incidents.recurrence.countedOne', {
                  from: formatDate(recurrence.windowStart, locale),
                  to: formatDate(recurrence.windowEnd, locale),
                })}
          </p>
          {others.length > 0 && (
            <ul className="utrecht-unordered-list" data-testid="recurring-incidents">
              {recurrence.incidents.map((i) => (
                <li className="utrecht-unordered-list__item" key={i.id}>
                  {i.id === incident.id ? (
                    `${i.reference} ${t('incidents.recurrence.thisIncident')}`
                  ) : (
                    <Link className="utrecht-link utrecht-link--html-a" to={`/incidents/${i.id}`}>
                      {i.reference} — {i.title}
                    </Link>
                  )}{' '}
                  ({formatDate(i.occurredAt, locale)}, {amount(i.financialLossEur)})
                </li>
              ))}
            </ul>
          )}
          {recurrence.source === 'register' && others.length > 0 && (
            <p className="utrecht-paragraph">
              {t('incidents.recurrence.loss', { amount: amount(recurrence.combinedLossEur) })}
            </p>
          )}
          {recurrence.source === 'register' && recurrence.lossUnknownFor.length > 0 && others.length > 0 && (
            <p className="utrecht-paragraph">
              {t('incidents.recurrence.lossUnknown', { references: recurrence.lossUnknownFor.join(', ') })}
            </p>
          )}
        </>
      )}
      {recurrence.override && (
        <div data-testid="recurrence-override">
          <p className="utrecht-paragraph">
            <strong>
              {t('incidents.recurrence.overridden', {
                count: recurrence.override.sameRootCauseIncidents,
                amount: amount(recurrence.override.combinedLossEur),
              })}
            </strong>
          </p>
          <p className="utrecht-paragraph">
            {t('incidents.recurrence.overriddenBy', {
              by: actorName(recurrence.override.decidedBy, t),
              at: formatDateTime(recurrence.override.decidedAt, locale),
              reason: recurrence.override.reason,
            })}
          </p>
        </div>
      )}
      <LiveMessage message={message} />
      {canWrite && (
        <details className="weerbaar-no-print">
          <summary id="root-cause-heading">{t('incidents.recurrence.rootCauseEdit')}</summary>
          <ErrorSummary errors={causeForm.errors} fields={causeFields} />
          <form
            className="utrecht-form weerbaar-form"
            noValidate
            onSubmit={onSaveCause}
            aria-labelledby="root-cause-heading"
            key={`${incident.rootCause}|${incident.rootCauseDetail}`}
          >
            <SelectField
              {...causeFields.rootCause}
              name="rootCause"
              defaultValue={incident.rootCause ?? ''}
              options={[
                { value: '', label: t('incidents.recurrence.rootCauseUnknown') },
                ...INCIDENT_ROOT_CAUSES.map((c) => ({ value: c, label: t(`incidents.rootCauses.${c}`) })),
              ]}
              error={causeForm.errors.fields.rootCause}
            />
            <TextField
              {...causeFields.rootCauseDetail}
              name="rootCauseDetail"
              optional
              maxLength={200}
              autoComplete="off"
              defaultValue={incident.rootCauseDetail ?? ''}
              hint={t('incidents.recurrence.rootCauseDetailHint')}
              error={causeForm.errors.fields.rootCauseDetail}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={update.isPending} busyLabel={t('common.saving')} variant="secondary-action">
                {t('incidents.recurrence.saveRootCause')}
              </SubmitButton>
            </div>
          </form>
        </details>
      )}
      {canWrite && !overriding && (
        <div className="weerbaar-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setOverriding(true)}
          >
            {t('incidents.recurrence.override')}
          </button>
          {recurrence.override && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              aria-disabled={removeOverride.isPending || undefined}
              onClick={() => !removeOverride.isPending && removeOverride.mutate(undefined)}
            >
              {t('incidents.recurrence.removeOverride')}
            </button>
          )}
        </div>
      )}
      {canWrite && overriding && (
        <>
          <ErrorSummary errors={overrideForm.errors} fields={overrideFields} />
          <form
            className="utrecht-form weerbaar-form"
            noValidate
            onSubmit={onOverride}
            aria-labelledby="recurrence-override-heading"
          >
            <h4 className="utrecht-heading-4" id="recurrence-override-heading">
              {t('incidents.recurrence.overrideTitle')}
            </h4>
            <p className="utrecht-paragraph">{t('incidents.recurrence.overrideIntro')}</p>
            <TextField
              {...overrideFields.sameRootCauseIncidents}
              name="sameRootCauseIncidents"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={String(recurrence.sameRootCauseIncidents ?? 1)}
              error={overrideForm.errors.fields.sameRootCauseIncidents}
            />
            <TextField
              {...overrideFields.combinedLossEur}
              name="combinedLossEur"
              inputMode="decimal"
              autoComplete="off"
              optional
              defaultValue={recurrence.combinedLossEur === null ? '' : String(recurrence.combinedLossEur)}
              error={overrideForm.errors.fields.combinedLossEur}
            />
            <TextAreaField {...overrideFields.reason} name="reason" error={overrideForm.errors.fields.reason} />
            <div className="weerbaar-actions">
              <SubmitButton busy={override.isPending} busyLabel={t('common.saving')}>
                {t('incidents.recurrence.overrideSave')}
              </SubmitButton>
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => setOverriding(false)}
              >
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
