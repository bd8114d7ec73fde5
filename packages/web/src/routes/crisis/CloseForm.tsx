import type { Crisis } from '@weerbaar/core/crisis';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { missingFields } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useCloseCrisis } from './crisis-api.ts';

export function CloseForm({ crisis: c, onSaved }: { crisis: Crisis; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const close = useCloseCrisis(c.id);
  const fields = {
    reason: { id: 'close-reason', label: t('crisis.fields.reason') },
    evaluation: { id: 'close-evaluation', label: t('crisis.close.evaluation') },
  };
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (close.isPending) return;
    const data = new FormData(event.currentTarget);
    const reason = String(data.get('reason') ?? '').trim();
    const evaluation = String(data.get('evaluation') ?? '').trim();
    const missing = missingFields({ reason, evaluation }, t('validation.required'));
    if (Object.keys(missing).length > 0) return form.setErrors({ fields: missing });
    const owner = String(data.get('lessonOwner') ?? '').trim() || null;
    const lessons = String(data.get('lessons') ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((lesson) => ({ lesson, owner, dueAt: null }));
    close.mutate(
      { reason, evaluation, lessons },
      { onSuccess: () => onSaved(t('crisis.close.saved')), onError: form.fromProblem },
    );
  }

  return (
    <section className="weerbaar-section weerbaar-no-print" aria-labelledby="close-heading">
      <h2 className="utrecht-heading-2" id="close-heading">
        {t('crisis.close.title')}
      </h2>
      <p className="utrecht-paragraph">{t('crisis.close.intro')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextAreaField
          id="close-reason"
          name="reason"
          label={fields.reason.label}
          error={form.errors.fields.reason}
          maxLength={4000}
        />
        <TextAreaField
          id="close-evaluation"
          name="evaluation"
          label={fields.evaluation.label}
          error={form.errors.fields.evaluation}
          maxLength={20_000}
        />
        <TextAreaField
          id="close-lessons"
          name="lessons"
          label={t('crisis.close.lessons')}
          hint={t('crisis.close.lessonsHint')}
          optional
          maxLength={20_000}
        />
        <TextField
          id="close-lesson-owner"
          name="lessonOwner"
          label={t('crisis.close.lessonOwner')}
          hint={t('crisis.close.lessonOwnerHint')}
          optional
          maxLength={200}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={close.isPending} busyLabel={t('common.saving')}>
            {t('crisis.close.submit')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
