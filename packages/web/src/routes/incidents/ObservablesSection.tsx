import { OBSERVABLE_TYPES, type Observable, type ObservableType } from '@weerbaar/core/incidents';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { isApiError } from '../../api/client.ts';
import { errorsFromProblem } from '../../forms/form-errors.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAddObservable, useObservables } from './incidents-api.ts';
import { ShareObservablesDialog } from './ShareObservablesDialog.tsx';

// Indicators of compromise go into the incident notification "where available" (NIS2 Art. 23(4)(b);
// Cbw art. 27); the report drafts take them from here. The server validates and normalises each value
// for its type (core observables.ts), so the same indicator is stored once.

const FIELDS = ['type', 'value', 'description'] as const;

/** Observables and indicators of compromise of one incident. */
export function ObservablesSection({
  incidentId,
  canWrite,
  canShare,
}: {
  incidentId: string;
  canWrite: boolean;
  canShare: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const observables = useObservables(incidentId);
  const add = useAddObservable(incidentId);
  const form = useFormErrors(FIELDS);
  const [message, setMessage] = useState<string>();
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `observable-${f}`, label: t(`incidents.observables.fields.${f}`) }]),
  ) as Record<(typeof FIELDS)[number], { id: string; label: string }>;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const type = v.type as ObservableType;
    const value = (v.value ?? '').trim();
    if (!value) return form.setErrors({ fields: { value: t('validation.required') } });
    form.clear();
    // Whether the value is a valid indicator of its type is the server's word (the 400 names body.value).
    const known = new Set((observables.data ?? []).map((o) => o.id));
    add.mutate(
      { type, value, description: v.description?.trim() || null },
      {
        onSuccess: (observable) => {
          element.reset();
          setMessage(
            t(known.has(observable.id) ? 'incidents.observables.already' : 'incidents.observables.added', {
              value: observable.value,
            }),
          );
        },
        onError: (error) => {
          const errors = errorsFromProblem(error, t, FIELDS);
          // A value that is not an indicator of its type (code observable_value) gets the sentence with an example.
          const wrongType =
            isApiError(error) && error.problem.invalidParams?.some((p) => p.code === 'observable_value');
          if (errors.fields.value && wrongType) errors.fields.value = t(`incidents.observables.invalid.${type}`);
          form.setErrors(errors);
        },
      },
    );
  }

  return (
    <section className="weerbaar-section" aria-labelledby="observables-heading" data-testid="incident-observables">
      <h2 className="utrecht-heading-2" id="observables-heading">
        {t('incidents.observables.title')}
      </h2>
      <p className="utrecht-paragraph">{t('incidents.observables.intro')}</p>
      <LiveMessage message={message} />
      <QueryState query={observables} />
      {observables.data && observables.data.length === 0 && (
        <p className="utrecht-paragraph">{t('incidents.observables.empty')}</p>
      )}
      {observables.data && observables.data.length > 0 && (
        <ObservablesTable observables={observables.data} locale={locale} />
      )}
      {canShare && observables.data && observables.data.length > 0 && (
        <ShareObservablesDialog incidentId={incidentId} observables={observables.data} />
      )}
      {canWrite && (
        <div className="weerbaar-panel weerbaar-no-print">
          <h3 className="utrecht-heading-3">{t('incidents.observables.addTitle')}</h3>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
            <SelectField
              {...fields.type}
              name="type"
              defaultValue="ipv4"
              options={OBSERVABLE_TYPES.map((type) => ({
                value: type,
                label: t(`incidents.observables.types.${type}`),
              }))}
              error={form.errors.fields.type}
            />
            <TextField
              {...fields.value}
              name="value"
              maxLength={2048}
              autoComplete="off"
              spellCheck={false}
              hint={t('incidents.observables.valueHint')}
              error={form.errors.fields.value}
            />
            <TextField
              {...fields.description}
              name="description"
              optional
              maxLength={1000}
              error={form.errors.fields.description}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={add.isPending} busyLabel={t('common.saving')} variant="secondary-action">
                {t('incidents.observables.add')}
              </SubmitButton>
            </div>
          </form>
        </div>
      )}
    </section>
  );
}

function ObservablesTable({
  observables,
  locale,
}: {
  observables: readonly Observable[];
  locale: ReturnType<typeof currentLocale>;
}) {
  const { t } = useTranslation();
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table weerbaar-handling-table">
        <caption className="utrecht-table__caption">{t('incidents.observables.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.observables.fields.type')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.observables.fields.value')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.observables.fields.description')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.observables.recordedAt')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {observables.map((o) => (
            <tr className="utrecht-table__row" key={o.id}>
              <td className="utrecht-table__cell">{t(`incidents.observables.types.${o.type}`)}</td>
              <td className="utrecht-table__cell">
                <code className="weerbaar-observable">{o.value}</code>
              </td>
              <td className="utrecht-table__cell">{o.description ?? t('common.none')}</td>
              <td className="utrecht-table__cell">
                <time dateTime={o.createdAt}>{formatDateTime(o.createdAt, locale)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
