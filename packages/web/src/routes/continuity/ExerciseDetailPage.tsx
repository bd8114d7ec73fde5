import {
  EXERCISE_TRANSITIONS,
  ExerciseActionCreateSchema,
  FindingCreateSchema,
  InvitationCreateSchema,
  LOG_ENTRY_KINDS,
  LogEntryCreateSchema,
  type Exercise,
  type ExerciseStatus,
  type Finding,
} from '@weerbaar/core/continuity';
import type { ParseKeys } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useExercise, useExerciseMutations, useExercisePartners } from './exercises-api.ts';

type Mutations = ReturnType<typeof useExerciseMutations>;
const link = 'utrecht-link utrecht-link--html-a';

/** Form fields named as the contract names them (so server errors land on them), labelled by `labels`. */
function useFields<N extends string>(prefix: string, names: readonly N[], labels: Partial<Record<N, ParseKeys>> = {}) {
  const { t } = useTranslation();
  return Object.fromEntries(
    names.map((f) => {
      const key: ParseKeys = labels[f] ?? (`exercises.fields.${f}` as ParseKeys);
      return [f, { id: `${prefix}-${f}`, label: String(t(key)) }];
    }),
  ) as Record<N, { id: string; label: string }>;
}

/** One exercise: its facts, the invited organisations, the run log, the evaluation and findings → actions. */
export function ExerciseDetailPage() {
  const { exerciseId = '' } = useParams();
  const { t } = useTranslation();
  const exercise = useExercise(exerciseId);
  const mutations = useExerciseMutations(exerciseId);
  const canWrite = useCan('risk:write');
  const [message, setMessage] = useState<string>();
  return (
    <Page title={exercise.data?.title ?? t('exercises.title')}>
      <p className="utrecht-paragraph">
        <Link className={link} to="/exercises">
          {t('exercises.back')}
        </Link>
      </p>
      <LiveMessage message={message} />
      <QueryState query={exercise}>
        {(e) => (
          <>
            <Facts exercise={e} />
            {canWrite && <StatusButtons exercise={e} mutations={mutations} onDone={setMessage} />}
            <Invitations exercise={e} canWrite={canWrite} mutations={mutations} onDone={setMessage} />
            <RunLog exercise={e} canWrite={canWrite} mutations={mutations} onDone={setMessage} />
            <Evaluation exercise={e} canWrite={canWrite} mutations={mutations} onDone={setMessage} />
          </>
        )}
      </QueryState>
    </Page>
  );
}

function Facts({ exercise: e }: { exercise: Exercise }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <dl className="weerbaar-facts" data-testid="exercise-facts">
      <dt>{t('exercises.fields.status')}</dt>
      <dd data-testid="exercise-status">{t(`exercises.statuses.${e.status}`)}</dd>
      <dt>{t('exercises.fields.kind')}</dt>
      <dd>{t(`exercises.kinds.${e.kind}`)}</dd>
      <dt>{t('exercises.fields.startsAt')}</dt>
      <dd>
        {formatDateTime(e.startsAt, locale)}
        {e.endsAt && ` – ${formatDateTime(e.endsAt, locale)}`}
      </dd>
      <dt>{t('exercises.fields.scenarioId')}</dt>
      <dd>{e.scenario.title}</dd>
      <dt>{t('exercises.fields.objectives')}</dt>
      <dd>
        <ul className="utrecht-unordered-list">
          {e.objectives.map((o) => (
            <li className="utrecht-unordered-list__item" key={o}>
              {o}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('exercises.fields.planIds')}</dt>
      <dd>{e.plans.map((p) => p.title).join(', ') || t('common.none')}</dd>
      <dt>{t('exercises.participants')}</dt>
      <dd>{e.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ') || t('common.none')}</dd>
    </dl>
  );
}

function StatusButtons({
  exercise: e,
  mutations,
  onDone,
}: {
  exercise: Exercise;
  mutations: Mutations;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  // Evaluated needs the evaluation text: that happens in the evaluation form.
  const next = EXERCISE_TRANSITIONS[e.status].filter((s) => s !== 'evaluated');
  if (next.length === 0) return null;
  const move = (status: ExerciseStatus) =>
    mutations.update
      .mutateAsync({ status })
      .then(() => onDone(t('exercises.statusChanged', { status: t(`exercises.statuses.${status}`) })));
  return (
    <div className="weerbaar-actions">
      {next.map((s) => (
        <button
          key={s}
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={mutations.update.isPending}
          onClick={() => void move(s)}
        >
          {t(`exercises.moveTo.${s}`)}
        </button>
      ))}
    </div>
  );
}

interface SectionProps {
  exercise: Exercise;
  canWrite: boolean;
  mutations: Mutations;
  onDone: (m: string) => void;
}

function Invitations({ exercise: e, canWrite, mutations, onDone }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const partners = useExercisePartners(canWrite && e.status === 'planned');
  const fields = useFields('invite', ['orgId', 'role'] as const);
  const form = useFormErrors(fields);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const v = formValues(element);
    const values = { orgId: v.orgId ?? '', role: v.role?.trim() ?? '' };
    if (!form.check(InvitationCreateSchema, values)) return;
    mutations.invite
      .mutateAsync(values)
      .then(() => {
        element.reset();
        onDone(t('exercises.invited'));
      })
      .catch(form.fromProblem);
  }
  return (
    <section className="weerbaar-section" aria-labelledby="invitations-heading">
      <h2 className="utrecht-heading-2" id="invitations-heading">
        {t('exercises.invitationsTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('exercises.invitationsIntro')}</p>
      {e.invitations.length === 0 ? (
        <p className="utrecht-paragraph">{t('exercises.invitationsEmpty')}</p>
      ) : (
        <DataTable
          caption={t('exercises.invitationsCaption')}
          testId="exercise-invitations"
          rows={e.invitations}
          rowKey={(i) => i.id}
          columns={[
            { key: 'org', header: t('exercises.fields.orgId'), rowHeader: 'header-cell', cell: (i) => i.org.name },
            { key: 'role', header: t('exercises.fields.role'), cell: (i) => i.role },
            {
              key: 'status',
              header: t('exercises.fields.status'),
              cell: (i) =>
                i.respondedAt
                  ? `${t(`exercises.invitationStatuses.${i.status}`)} (${formatDateTime(i.respondedAt, locale)})`
                  : t(`exercises.invitationStatuses.${i.status}`),
            },
          ]}
        />
      )}
      {canWrite && e.status === 'planned' && (
        <>
          <h3 className="utrecht-heading-3">{t('exercises.invite')}</h3>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="invite-form">
            <SelectField
              {...fields.orgId}
              name="orgId"
              error={form.errors.fields.orgId}
              options={(partners.data ?? []).map((o) => ({
                value: o.id,
                label: o.sector ? `${o.name} (${o.sector})` : o.name,
              }))}
            />
            <TextField
              {...fields.role}
              name="role"
              maxLength={200}
              hint={t('exercises.roleHint')}
              error={form.errors.fields.role}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={mutations.invite.isPending} busyLabel={t('common.saving')}>
                {t('exercises.invite')}
              </SubmitButton>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function RunLog({ exercise: e, canWrite, mutations, onDone }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const fields = useFields('log', ['kind', 'text'] as const, { kind: 'exercises.fields.logKind' });
  const form = useFormErrors(fields);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const v = formValues(element);
    const values = { kind: (v.kind ?? 'inject') as (typeof LOG_ENTRY_KINDS)[number], text: v.text?.trim() ?? '' };
    if (!form.check(LogEntryCreateSchema, values)) return;
    mutations.log
      .mutateAsync(values)
      .then(() => {
        element.reset();
        onDone(t('exercises.logged'));
      })
      .catch(form.fromProblem);
  }
  return (
    <section className="weerbaar-section" aria-labelledby="log-heading">
      <h2 className="utrecht-heading-2" id="log-heading">
        {t('exercises.logTitle')}
      </h2>
      {e.log.length === 0 ? (
        <p className="utrecht-paragraph">{t('exercises.logEmpty')}</p>
      ) : (
        <DataTable
          caption={t('exercises.logCaption')}
          testId="exercise-log"
          rows={e.log}
          rowKey={(l) => l.id}
          columns={[
            {
              key: 'at',
              header: t('exercises.logAt'),
              rowHeader: 'header-cell',
              cell: (l) => formatDateTime(l.occurredAt, locale),
            },
            { key: 'kind', header: t('exercises.fields.logKind'), cell: (l) => t(`exercises.logKinds.${l.kind}`) },
            { key: 'text', header: t('exercises.fields.text'), cell: (l) => l.text },
            { key: 'by', header: t('exercises.recordedBy'), cell: (l) => l.recordedBy },
          ]}
        />
      )}
      {canWrite && (e.status === 'planned' || e.status === 'held') && (
        <>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="log-form">
            <SelectField
              {...fields.kind}
              name="kind"
              options={LOG_ENTRY_KINDS.map((k) => ({ value: k, label: t(`exercises.logKinds.${k}`) }))}
            />
            <TextAreaField {...fields.text} name="text" maxLength={4000} error={form.errors.fields.text} />
            <div className="weerbaar-actions">
              <SubmitButton busy={mutations.log.isPending} busyLabel={t('common.saving')}>
                {t('exercises.addLog')}
              </SubmitButton>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function Evaluation({ exercise: e, canWrite, mutations, onDone }: SectionProps) {
  const { t } = useTranslation();
  const open = e.status === 'held' || e.status === 'evaluated';
  const evalFields = useFields('evaluation', ['evaluation'] as const);
  const evalForm = useFormErrors(evalFields);
  const findingFields = useFields('finding', ['text'] as const, { text: 'exercises.fields.finding' });
  const findingForm = useFormErrors(findingFields);

  function onEvaluate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    const evaluation = v.evaluation?.trim() ?? '';
    mutations.update
      .mutateAsync({ evaluation, ...(v.close === 'on' || e.status === 'held' ? { status: 'evaluated' as const } : {}) })
      .then(() => onDone(t('exercises.evaluated')))
      .catch(evalForm.fromProblem);
  }
  function onFinding(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const values = { text: formValues(element).text?.trim() ?? '' };
    if (!findingForm.check(FindingCreateSchema, values)) return;
    mutations.finding
      .mutateAsync(values)
      .then(() => {
        element.reset();
        onDone(t('exercises.findingSaved'));
      })
      .catch(findingForm.fromProblem);
  }
  return (
    <section className="weerbaar-section" aria-labelledby="evaluation-heading">
      <h2 className="utrecht-heading-2" id="evaluation-heading">
        {t('exercises.evaluationTitle')}
      </h2>
      {!open && <p className="utrecht-paragraph">{t('exercises.evaluationLater')}</p>}
      {e.evaluation && (
        <p className="utrecht-paragraph" data-testid="exercise-evaluation">
          {e.evaluation}
        </p>
      )}
      {canWrite && e.status === 'held' && (
        <>
          <ErrorSummary errors={evalForm.errors} fields={evalFields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onEvaluate} data-testid="evaluation-form">
            <TextAreaField
              {...evalFields.evaluation}
              name="evaluation"
              maxLength={20000}
              hint={t('exercises.evaluationHint')}
              error={evalForm.errors.fields.evaluation}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={mutations.update.isPending} busyLabel={t('common.saving')}>
                {t('exercises.evaluate')}
              </SubmitButton>
            </div>
          </form>
        </>
      )}
      <h3 className="utrecht-heading-3" id="findings-heading">
        {t('exercises.findingsTitle')}
      </h3>
      {e.findings.length === 0 ? (
        <p className="utrecht-paragraph">{t('exercises.findingsEmpty')}</p>
      ) : (
        <ul className="utrecht-unordered-list" aria-labelledby="findings-heading" data-testid="exercise-findings">
          {e.findings.map((f) => (
            <FindingItem key={f.id} finding={f} canWrite={canWrite && open} mutations={mutations} onDone={onDone} />
          ))}
        </ul>
      )}
      {canWrite && open && (
        <>
          <ErrorSummary errors={findingForm.errors} fields={findingFields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onFinding} data-testid="finding-form">
            <TextAreaField
              {...findingFields.text}
              name="text"
              maxLength={4000}
              error={findingForm.errors.fields.text}
            />
            <div className="weerbaar-actions">
              <SubmitButton busy={mutations.finding.isPending} busyLabel={t('common.saving')}>
                {t('exercises.addFinding')}
              </SubmitButton>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function FindingItem({
  finding: f,
  canWrite,
  mutations,
  onDone,
}: {
  finding: Finding;
  canWrite: boolean;
  mutations: Mutations;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const fields = useFields(`action-${f.id}`, ['title', 'assignee', 'dueAt'] as const, {
    title: 'exercises.fields.actionTitle',
    dueAt: 'exercises.fields.dueOn',
  });
  const form = useFormErrors(fields);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const v = formValues(element);
    const values = {
      title: v.title?.trim() ?? '',
      assignee: v.assignee?.trim() ?? '',
      dueAt: v.dueAt ? new Date(`${v.dueAt}T12:00:00Z`).toISOString() : null,
    };
    if (!form.check(ExerciseActionCreateSchema, values)) return;
    mutations.action
      .mutateAsync({ ...values, findingId: f.id })
      .then(() => {
        element.reset();
        onDone(t('exercises.actionSaved'));
      })
      .catch(form.fromProblem);
  }
  return (
    <li className="utrecht-unordered-list__item">
      <p className="utrecht-paragraph">{f.text}</p>
      {f.actions.length > 0 && (
        <ul className="utrecht-unordered-list" data-testid="finding-actions">
          {f.actions.map((a) => (
            <li className="utrecht-unordered-list__item" key={a.id}>
              {a.title} — {a.assignee}
              {a.dueAt && `, ${t('overview.taskDue', { date: formatDateTime(a.dueAt, locale) })}`}
              {a.doneAt ? ` (${t('exercises.actionDone')})` : ''}{' '}
              {canWrite && (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  onClick={() => void mutations.done.mutateAsync({ actionId: a.id, done: a.doneAt === null })}
                >
                  {a.doneAt ? t('exercises.reopen') : t('exercises.markDone', { title: a.title })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <details>
          <summary>{t('exercises.addAction')}</summary>
          <ErrorSummary errors={form.errors} fields={fields} />
          <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="action-form">
            <TextField {...fields.title} name="title" maxLength={200} error={form.errors.fields.title} />
            <TextField
              {...fields.assignee}
              name="assignee"
              maxLength={200}
              hint={t('exercises.assigneeHint')}
              error={form.errors.fields.assignee}
            />
            <TextField {...fields.dueAt} name="dueAt" type="date" optional error={form.errors.fields.dueAt} />
            <div className="weerbaar-actions">
              <SubmitButton busy={mutations.action.isPending} busyLabel={t('common.saving')}>
                {t('exercises.addAction')}
              </SubmitButton>
            </div>
          </form>
        </details>
      )}
    </li>
  );
}
