import type { Crisis } from '@weerbaar/core/crisis';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useChangeLevel } from './crisis-api.ts';

export function LevelForm({ crisis: c, onSaved }: { crisis: Crisis; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const change = useChangeLevel(c.id);
  const fields = {
    level: { id: 'level-new', label: t('crisis.level.new') },
    reason: { id: 'level-reason', label: t('crisis.fields.reason') },
  };
  const form = useFormErrors(fields);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const data = new FormData(event.currentTarget);
    const reason = String(data.get('reason') ?? '').trim();
    if (!reason) return form.setErrors({ fields: { reason: t('validation.required') } });
    change.mutate(
      { level: String(data.get('level')), reason },
      {
        onSuccess: () => {
          form.clear();
          setFormKey((k) => k + 1);
          onSaved(t('crisis.level.saved'));
        },
        onError: form.fromProblem,
      },
    );
  }

  return (
    <section className="weerbaar-section weerbaar-no-print" aria-labelledby="level-heading" key={formKey}>
      <h2 className="utrecht-heading-2" id="level-heading">
        {t('crisis.level.title')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <SelectField
          id="level-new"
          name="level"
          label={fields.level.label}
          error={form.errors.fields.level}
          options={c.levels.filter((l) => l.key !== c.level).map((l) => ({ value: l.key, label: l.label }))}
        />
        <TextAreaField
          id="level-reason"
          name="reason"
          label={fields.reason.label}
          error={form.errors.fields.reason}
          maxLength={4000}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={change.isPending} busyLabel={t('common.saving')}>
            {t('crisis.level.submit')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
