import { IMPLEMENTATION_STATUSES, MeasureBulkUpdateSchema, type MeasureBulkUpdate } from '@weerbaar/core/measures';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useBulkUpdate } from './measures-api.ts';

/** One change for every selected requirement: status, owner or due date (left empty: unchanged). */
export function BulkUpdateForm({
  selected,
  onDone,
}: {
  selected: readonly string[];
  onDone: (updated: number) => void;
}) {
  const { t } = useTranslation();
  const bulk = useBulkUpdate();
  const fields = {
    status: { id: 'bulk-status', label: t('measures.fields.status') },
    owner: { id: 'bulk-owner', label: t('measures.fields.owner') },
    dueDate: { id: 'bulk-dueDate', label: t('measures.fields.dueDate') },
    justification: { id: 'bulk-justification', label: t('measures.fields.justification') },
  };
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (bulk.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const values: MeasureBulkUpdate = {
      requirementIds: [...selected],
      ...(v.status ? { status: v.status as MeasureBulkUpdate['status'] } : {}),
      ...(v.owner?.trim() ? { owner: v.owner.trim() } : {}),
      ...(v.dueDate ? { dueDate: v.dueDate } : {}),
      ...(v.justification?.trim() ? { justification: v.justification.trim() } : {}),
    };
    if (!form.check(MeasureBulkUpdateSchema, values)) return;
    bulk
      .mutateAsync(values)
      .then((result) => {
        element.reset();
        onDone(result.updated);
      })
      .catch(form.fromProblem);
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="bulk-heading">
      <h3 className="utrecht-heading-3" id="bulk-heading">
        {t('measures.bulk.title', { count: selected.length })}
      </h3>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-filters" noValidate onSubmit={onSubmit}>
        <SelectField
          {...fields.status}
          name="status"
          defaultValue=""
          options={[
            { value: '', label: t('measures.bulk.keep') },
            ...IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`measures.statuses.${s}`) })),
          ]}
          error={form.errors.fields.status}
        />
        <TextField {...fields.owner} name="owner" optional maxLength={200} error={form.errors.fields.owner} />
        <TextField {...fields.dueDate} name="dueDate" type="date" optional error={form.errors.fields.dueDate} />
        <TextField
          {...fields.justification}
          name="justification"
          optional
          maxLength={5000}
          hint={t('measures.form.justificationHint')}
          error={form.errors.fields.justification}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={bulk.isPending} busyLabel={t('common.saving')}>
            {t('measures.bulk.apply', { count: selected.length })}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
