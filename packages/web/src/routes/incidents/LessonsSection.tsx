import type { Incident } from '@weerbaar/core/incidents';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useIncidentTasks, useUpdateIncident } from './incidents-api.ts';
import { lessonToTitle, splitLessons } from './lessons.ts';
import { TaskForm } from './TaskForm.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';

// The post-incident review (NIS2 Art. 21(2)(b) incident handling; Impl. Reg. 2024/2690 Annex 3.6):
// what the organisation learned, and the improvement actions (tasks of kind `improvement`) that follow.

/** The lessons learned of one incident, each of which can become an improvement action. */
export function LessonsSection({ incident, canWrite }: { incident: Incident; canWrite: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateIncident(incident.id);
  const tasks = useIncidentTasks(incident.id);
  const form = useFormErrors(['lessonsLearned']);
  const [message, setMessage] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  // The improvement form goes away after adding or cancelling; focus goes back to the section, not lost.
  const closeActionForm = () => {
    setChosen(undefined);
    heading.current?.focus();
  };
  const lessons = splitLessons(incident.lessonsLearned);
  const actionTitles = new Set((tasks.data ?? []).filter((x) => x.kind === 'improvement').map((x) => x.title));
  const fields = { lessonsLearned: { id: 'lessons-text', label: t('incidents.lessons.text') } };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const text = (formValues(event.currentTarget).lessonsLearned ?? '').trim();
    form.clear();
    update.mutate(
      { lessonsLearned: text || null },
      { onSuccess: () => setMessage(t('incidents.lessons.saved')), onError: form.fromProblem },
    );
  }

  return (
    <section className="weerbaar-section" aria-labelledby="lessons-heading" data-testid="incident-lessons">
      <h2 className="utrecht-heading-2" id="lessons-heading" ref={heading} tabIndex={-1}>
        {t('incidents.lessons.title')}
      </h2>
      <p className="utrecht-paragraph">{t('incidents.lessons.intro')}</p>
      <LiveMessage message={message} />
      {lessons.length === 0 ? (
        <p className="utrecht-paragraph">{t('incidents.lessons.empty')}</p>
      ) : (
        <ul className="utrecht-unordered-list weerbaar-lessons">
          {lessons.map((lesson, index) => {
            const title = lessonToTitle(lesson);
            const id = `lesson-${index}`;
            return (
              <li className="utrecht-unordered-list__item" key={`${index}-${lesson}`}>
                <span id={id}>{lesson}</span>{' '}
                {actionTitles.has(title) ? (
                  <span className="weerbaar-muted">({t('incidents.lessons.hasAction')})</span>
                ) : (
                  canWrite && (
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle weerbaar-no-print"
                      aria-describedby={id}
                      onClick={() => setChosen(title)}
                    >
                      {t('incidents.lessons.makeAction')}
                    </button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canWrite && chosen !== undefined && (
        <div className="weerbaar-panel weerbaar-no-print">
          <h3 className="utrecht-heading-3">{t('incidents.lessons.actionTitle')}</h3>
          <TaskForm
            key={chosen}
            incidentId={incident.id}
            idPrefix="improvement"
            kind="improvement"
            defaultTitle={chosen}
            focusTitle
            submitLabel={t('incidents.lessons.addAction')}
            onAdded={(task) => {
              closeActionForm();
              setMessage(t('incidents.lessons.actionAdded', { title: task.title }));
            }}
          />
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={closeActionForm}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {canWrite && (
        <>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form
            className="utrecht-form weerbaar-form weerbaar-no-print"
            noValidate
            onSubmit={onSubmit}
            // A fresh box after a save shows the text as stored.
            key={incident.lessonsLearned ?? ''}
          >
            <TextAreaField
              {...fields.lessonsLearned}
              name="lessonsLearned"
              optional
              rows={5}
              maxLength={10_000}
              defaultValue={incident.lessonsLearned ?? ''}
              hint={t('incidents.lessons.hint')}
              error={form.errors.fields.lessonsLearned}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={update.isPending} busyLabel={t('common.saving')} variant="secondary-action">
                {t('incidents.lessons.save')}
              </SubmitButton>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
