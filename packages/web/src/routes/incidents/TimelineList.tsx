import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { actorName } from '../../format/actor.ts';
import { formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useAddNote, useTimeline } from './incidents-api.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';

export function TimelineList({ incidentId, canWrite }: { incidentId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const timeline = useTimeline(incidentId);
  const add = useAddNote(incidentId);
  const form = useFormErrors(['summary']);
  const [formKey, setFormKey] = useState(0);
  if (timeline.data === undefined) return <QueryState query={timeline} retry={false} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const summary = (formValues(event.currentTarget).summary ?? '').trim();
    if (!summary) return form.setErrors({ fields: { summary: t('validation.required') } });
    add.mutate({ summary }, { onSuccess: () => setFormKey((k) => k + 1), onError: form.fromProblem });
  }

  return (
    <>
      <ol className="utrecht-ordered-list weerbaar-timeline">
        {timeline.data.map((e) => (
          <li className="utrecht-ordered-list__item" key={e.id}>
            <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, locale)}</time> — {e.summary}{' '}
            <span className="weerbaar-muted">({actorName(e.actorLabel, t)})</span>
          </li>
        ))}
      </ol>
      {canWrite && (
        <form className="utrecht-form weerbaar-form weerbaar-no-print" noValidate onSubmit={onSubmit} key={formKey}>
          <TextAreaField
            id="timeline-note"
            name="summary"
            label={t('incidents.timeline.note')}
            rows={2}
            error={form.errors.fields.summary}
            maxLength={4000}
          />
          <div className="weerbaar-actions">
            <SubmitButton busy={add.isPending} busyLabel={t('common.saving')} variant="secondary-action">
              {t('incidents.timeline.add')}
            </SubmitButton>
          </div>
        </form>
      )}
    </>
  );
}
