import {
  ExerciseCreateSchema,
  EXERCISE_KINDS,
  type ExerciseKind,
  type PlanExerciseCoverage,
} from '@weerbaar/core/continuity';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { dutchTimeToIso, formatDate, formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AgendaParticipations } from '../exercise-agenda/AgendaParticipations.tsx';
import { ExerciseCalendar } from './ExerciseCalendar.tsx';
import {
  useExerciseCalendar,
  useExercises,
  usePlanExerciseCoverage,
  usePlanExercise,
  useScenarios,
} from './exercises-api.ts';

/**
 * Exercises of the continuity plans and crisis protocols: per plan when it was last exercised, the yearly
 * calendar, the list, and planning a new one on a scenario of the risk analysis (NIS2 Art. 21(2)(c); CER
 * Art. 13(1)(c)-(d); the strategy: exercised regularly, with partners in the sector and chain).
 */
export function ExercisesPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const calendar = useExerciseCalendar(year);
  const exercises = useExercises();
  const coverage = usePlanExerciseCoverage();
  const canWrite = useCan('risk:write');
  return (
    <Page title={t('exercises.title')} lead={t('exercises.intro')}>
      <section className="weerbaar-section" aria-labelledby="coverage-heading">
        <h2 className="utrecht-heading-2" id="coverage-heading">
          {t('exercises.coverageTitle')}
        </h2>
        <QueryState query={coverage} empty={t('exercises.coverageEmpty')} isEmpty={(d) => d.length === 0}>
          {(items) => <CoverageTable items={items} />}
        </QueryState>
      </section>

      <section className="weerbaar-section" aria-labelledby="calendar-heading">
        <h2 className="utrecht-heading-2" id="calendar-heading">
          {t('exercises.calendarTitle', { year })}
        </h2>
        <div className="weerbaar-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setYear(year - 1)}
          >
            {t('exercises.previousYear', { year: year - 1 })}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => setYear(year + 1)}
          >
            {t('exercises.nextYear', { year: year + 1 })}
          </button>
        </div>
        <QueryState query={calendar}>{(data) => <ExerciseCalendar calendar={data} />}</QueryState>
      </section>

      <AgendaParticipations exercises={exercises.data ?? []} />

      <section className="weerbaar-section" aria-labelledby="list-heading">
        <h2 className="utrecht-heading-2" id="list-heading">
          {t('exercises.listTitle')}
        </h2>
        <QueryState query={exercises} empty={t('exercises.empty')} isEmpty={(d) => d.length === 0}>
          {(items) => (
            <DataTable
              caption={t('exercises.listCaption')}
              testId="exercises"
              rows={items}
              rowKey={(e) => e.id}
              columns={[
                {
                  key: 'title',
                  header: t('exercises.fields.title'),
                  rowHeader: 'cell',
                  cell: (e) => (
                    <Link className="utrecht-link utrecht-link--html-a" to={`/exercises/${e.id}`}>
                      {e.title}
                    </Link>
                  ),
                },
                { key: 'kind', header: t('exercises.fields.kind'), cell: (e) => t(`exercises.kinds.${e.kind}`) },
                {
                  key: 'startsAt',
                  header: t('exercises.fields.startsAt'),
                  cell: (e) => formatDateTime(e.startsAt, locale),
                },
                { key: 'scenario', header: t('exercises.fields.scenarioId'), cell: (e) => e.scenario.title },
                {
                  key: 'status',
                  header: t('exercises.fields.status'),
                  cell: (e) => t(`exercises.statuses.${e.status}`),
                },
              ]}
            />
          )}
        </QueryState>
      </section>

      {canWrite && (
        <section className="weerbaar-section" aria-labelledby="plan-heading">
          <h2 className="utrecht-heading-2" id="plan-heading">
            {t('exercises.planTitle')}
          </h2>
          <PlanExerciseForm plans={coverage.data ?? []} />
        </section>
      )}
    </Page>
  );
}

function CoverageTable({ items }: { items: readonly PlanExerciseCoverage[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <DataTable
      caption={t('exercises.coverageCaption')}
      testId="plan-exercise-coverage"
      rows={items}
      rowKey={(c) => c.plan.id}
      columns={[
        { key: 'plan', header: t('exercises.plan'), rowHeader: 'header-cell', cell: (c) => c.plan.title },
        {
          key: 'last',
          header: t('exercises.lastExercised'),
          cell: (c) =>
            c.lastExercisedAt && c.lastExerciseId ? (
              <Link className="utrecht-link utrecht-link--html-a" to={`/exercises/${c.lastExerciseId}`}>
                {formatDate(c.lastExercisedAt, locale)}
              </Link>
            ) : (
              t('exercises.never')
            ),
        },
        {
          key: 'status',
          header: t('exercises.fields.status'),
          cell: (c) =>
            c.status === 'current' ? (
              t('exercises.planStatus.current')
            ) : (
              <strong>{t(`exercises.planStatus.${c.status}`)}</strong>
            ),
        },
      ]}
    />
  );
}

function PlanExerciseForm({ plans }: { plans: readonly PlanExerciseCoverage[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanExercise();
  const scenarios = useScenarios();
  const names = ['title', 'kind', 'scenarioId', 'startsAt', 'endsAt', 'objectives', 'planIds'] as const;
  const fields = Object.fromEntries(
    names.map((f) => [
      f,
      { id: f === 'startsAt' ? 'exercise-date' : `exercise-${f}`, label: t(`exercises.fields.${f}`) },
    ]),
  ) as Record<(typeof names)[number], { id: string; label: string }>;
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (plan.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const values = {
      title: v.title?.trim() ?? '',
      kind: (v.kind ?? 'tabletop') as ExerciseKind,
      scenarioId: v.scenarioId ?? '',
      startsAt: (v.date && dutchTimeToIso(v.date, `${v.startTime || '09:00'}:00`)) || '',
      endsAt: (v.date && v.endTime && dutchTimeToIso(v.date, `${v.endTime}:00`)) || null,
      objectives: (v.objectives ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      planIds: new FormData(element).getAll('planIds').map(String),
      participants: [],
    };
    if (!form.check(ExerciseCreateSchema, values)) return;
    plan
      .mutateAsync(values)
      .then((created) => navigate(`/exercises/${created.id}`))
      .catch(form.fromProblem);
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="exercise-form">
        <TextField {...fields.title} name="title" maxLength={200} error={form.errors.fields.title} />
        <SelectField
          {...fields.kind}
          name="kind"
          options={EXERCISE_KINDS.map((k) => ({ value: k, label: t(`exercises.kinds.${k}`) }))}
        />
        <SelectField
          {...fields.scenarioId}
          name="scenarioId"
          hint={t('exercises.scenarioHint')}
          error={form.errors.fields.scenarioId}
          options={(scenarios.data ?? []).map((s) => ({ value: s.id, label: s.title }))}
        />
        <TextField {...fields.startsAt} name="date" type="date" error={form.errors.fields.startsAt} />
        <TextField
          id="exercise-start-time"
          name="startTime"
          type="time"
          label={t('exercises.startTime')}
          defaultValue="09:00"
        />
        <TextField id="exercise-end-time" name="endTime" type="time" label={t('exercises.endTime')} optional />
        <TextAreaField
          {...fields.objectives}
          name="objectives"
          hint={t('exercises.objectivesHint')}
          error={form.errors.fields.objectives}
        />
        <CheckboxGroup
          {...fields.planIds}
          name="planIds"
          options={plans.map((p) => ({ value: p.plan.id, label: p.plan.title }))}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={plan.isPending} busyLabel={t('common.saving')}>
            {t('exercises.planSubmit')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
