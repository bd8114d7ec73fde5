import type { IncidentTask } from '@weerbaar/core/incidents';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formValues } from '../../forms/form-values.ts';
import { problemMessage } from '../../forms/form-errors.ts';
import { fromDutchInputValue, toDutchInputValue } from './amsterdam-input.ts';
import { useChangeTask } from './incidents-api.ts';

interface TaskActionsProps {
  incidentId: string;
  task: IncidentTask;
  onDone: (message: string) => void;
}

/** Finish or reopen a task, and change who does it and by when (PATCH /incidents/{id}/tasks/{taskId}). */
export function TaskActions({ incidentId, task, onDone }: TaskActionsProps) {
  const { t } = useTranslation();
  const change = useChangeTask(incidentId);
  const [error, setError] = useState<string>();
  const done = task.doneAt !== null;
  const id = `task-${task.id}`;
  const errorId = `${id}-error`;

  function toggle() {
    if (change.isPending) return;
    setError(undefined);
    change.mutate(
      { taskId: task.id, done: !done },
      {
        onSuccess: () =>
          onDone(t(done ? 'incidents.tasks.reopened' : 'incidents.tasks.finished', { title: task.title })),
        onError: (e) => setError(problemMessage(e, t)),
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const v = formValues(event.currentTarget);
    const dueAt = v.dueAt ? fromDutchInputValue(v.dueAt) : null;
    if (dueAt === undefined) return setError(t('validation.invalid'));
    setError(undefined);
    change.mutate(
      { taskId: task.id, assignee: v.assignee?.trim() || null, dueAt },
      {
        onSuccess: () => onDone(t('incidents.tasks.changed', { title: task.title })),
        onError: (e) => setError(problemMessage(e, t)),
      },
    );
  }

  return (
    <>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        aria-disabled={change.isPending || undefined}
        aria-describedby={`${id}-title`}
        onClick={toggle}
      >
        {done ? t('incidents.tasks.reopen') : t('incidents.tasks.finish')}
      </button>
      <details className="weerbaar-task-edit">
        <summary aria-describedby={`${id}-title`}>{t('incidents.tasks.edit')}</summary>
        <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
          <div className="utrecht-form-field utrecht-form-field--text">
            <label className="utrecht-form-label" htmlFor={`${id}-assignee`}>
              {t('incidents.tasks.fields.assignee')}
            </label>
            <input
              id={`${id}-assignee`}
              name="assignee"
              className="utrecht-textbox utrecht-textbox--html-input"
              maxLength={200}
              defaultValue={task.assignee ?? ''}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <div className="utrecht-form-field utrecht-form-field--text">
            <label className="utrecht-form-label" htmlFor={`${id}-due`}>
              {t('incidents.tasks.fields.dueAt')}
            </label>
            <input
              id={`${id}-due`}
              name="dueAt"
              type="datetime-local"
              className="utrecht-textbox utrecht-textbox--html-input"
              defaultValue={task.dueAt ? toDutchInputValue(task.dueAt) : ''}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <div className="weerbaar-actions">
            <button
              type="submit"
              className="utrecht-button utrecht-button--secondary-action"
              aria-disabled={change.isPending || undefined}
            >
              {t('common.save')}
            </button>
          </div>
        </form>
      </details>
      {error && (
        <p className="utrecht-form-field-error-message" id={errorId} role="alert">
          {error}
        </p>
      )}
    </>
  );
}
