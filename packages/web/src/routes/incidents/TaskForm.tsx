import { IncidentTaskCreateSchema, TASK_KINDS, type IncidentTask } from '@weerbaar/core/incidents';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { fromDutchInputValue } from './amsterdam-input.ts';
import { useAddTask, type TaskCreateBody } from './incidents-api.ts';

const FIELDS = ['title', 'kind', 'assignee', 'dueAt'] as const;

interface TaskFormProps {
  incidentId: string;
  /** Prefix of the input ids, so the page can hold more than one task form. */
  idPrefix: string;
  /** A fixed kind hides the choice (the lessons section only makes improvement actions). */
  kind?: TaskCreateBody['kind'];
  defaultTitle?: string;
  /** Moves focus to the title when the form appears because someone asked for it. */
  focusTitle?: boolean;
  submitLabel: string;
  onAdded: (task: IncidentTask) => void;
}

/** Adds a response task or an improvement action (POST /incidents/{id}/tasks). */
export function TaskForm({
  incidentId,
  idPrefix,
  kind,
  defaultTitle,
  focusTitle,
  submitLabel,
  onAdded,
}: TaskFormProps) {
  const { t } = useTranslation();
  const add = useAddTask(incidentId);
  const form = useFormErrors(FIELDS);
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `${idPrefix}-${f}`, label: t(`incidents.tasks.fields.${f}`) }]),
  ) as Record<(typeof FIELDS)[number], { id: string; label: string }>;

  const titleId = fields.title.id;
  useEffect(() => {
    if (focusTitle) document.getElementById(titleId)?.focus();
  }, [focusTitle, titleId]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const dueAt = v.dueAt ? fromDutchInputValue(v.dueAt) : null;
    const body: TaskCreateBody = {
      title: (v.title ?? '').trim(),
      kind: kind ?? (v.kind as TaskCreateBody['kind']),
      assignee: v.assignee?.trim() || null,
      dueAt,
    };
    if (!form.check(IncidentTaskCreateSchema, body, dueAt === undefined ? { dueAt: t('validation.invalid') } : {}))
      return;
    add.mutate(body, {
      onSuccess: (task) => {
        element.reset();
        onAdded(task);
      },
      onError: form.fromProblem,
    });
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.title}
          name="title"
          maxLength={200}
          autoComplete="off"
          defaultValue={defaultTitle ?? ''}
          error={form.errors.fields.title}
        />
        {!kind && (
          <SelectField
            {...fields.kind}
            name="kind"
            defaultValue="response"
            options={TASK_KINDS.map((k) => ({ value: k, label: t(`incidents.tasks.kinds.${k}`) }))}
            error={form.errors.fields.kind}
          />
        )}
        <TextField
          {...fields.assignee}
          name="assignee"
          optional
          maxLength={200}
          hint={t('incidents.tasks.assigneeHint')}
          error={form.errors.fields.assignee}
        />
        <TextField {...fields.dueAt} name="dueAt" type="datetime-local" optional error={form.errors.fields.dueAt} />
        <div className="weerbaar-actions">
          <SubmitButton busy={add.isPending} busyLabel={t('common.saving')} variant="secondary-action">
            {submitLabel}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
