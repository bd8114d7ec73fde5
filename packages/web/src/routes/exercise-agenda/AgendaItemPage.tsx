import {
  AGENDA_ITEM_TRANSITIONS,
  AgendaItemUpdateSchema,
  type AgendaItem,
  type AgendaItemStatus,
} from '@weerbaar/core/exercise-agenda';
import { catalogueThreat } from '@weerbaar/core/risk';
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
import { formatDate, formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import {
  useAgendaItem,
  useCrisisLevels,
  useInvite,
  useInvitees,
  useStartExerciseCrisis,
  useUpdateItem,
} from './exercise-agenda-api.ts';
import { themeName } from './theme-name.ts';

/** One exercise of the agenda: its plan, who takes part, status and evaluation, and exercise mode. */
export function AgendaItemPage() {
  const { itemId = '' } = useParams();
  const { t } = useTranslation();
  const item = useAgendaItem(itemId);
  return (
    <QueryState query={item}>
      {(i) => (
        <Page title={i.title} lead={t(`exerciseAgenda.statuses.${i.status}`)}>
          <ItemContent item={i} />
        </Page>
      )}
    </QueryState>
  );
}

function ItemContent({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canManage = useCan('authority:triage');
  const threat = item.threatId ? catalogueThreat(item.threatId) : undefined;
  const open = item.status === 'planned' || item.status === 'prepared';
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={`/exercise-agenda/${item.agendaId}`}>
          {t('exerciseAgenda.backToAgenda')}
        </Link>
      </p>
      <dl className="weerbaar-facts" data-testid="agenda-item-facts">
        <dt>{t('exerciseAgenda.fields.theme')}</dt>
        <dd>{themeName(item.theme, locale)}</dd>
        <dt>{t('exerciseAgenda.fields.scenario')}</dt>
        <dd>
          {item.scenario}
          {threat && <> ({locale === 'en' ? threat.nameEn : threat.nameNl})</>}
        </dd>
        <dt>{t('exerciseAgenda.fields.organiser')}</dt>
        <dd>{item.organiser}</dd>
        <dt>{t('exerciseAgenda.fields.period')}</dt>
        <dd>
          {formatDate(item.plannedFrom, locale)} – {formatDate(item.plannedTo, locale)}
        </dd>
        <dt>{t('exerciseAgenda.fields.objectives')}</dt>
        <dd>
          <ul className="utrecht-unordered-list">
            {item.objectives.map((o) => (
              <li key={o} className="utrecht-unordered-list__item">
                {o}
              </li>
            ))}
          </ul>
        </dd>
        {item.otherParticipants.length > 0 && (
          <>
            <dt>{t('exerciseAgenda.fields.otherParticipants')}</dt>
            <dd>{item.otherParticipants.join(', ')}</dd>
          </>
        )}
        {item.crisis && (
          <>
            <dt>{t('exerciseAgenda.crisis.label')}</dt>
            <dd>
              <Link
                className="utrecht-link utrecht-link--html-a"
                to={`/crises/${item.crisis.id}`}
                data-testid="agenda-crisis-link"
              >
                {t('exerciseAgenda.crisis.open')}
              </Link>
            </dd>
          </>
        )}
      </dl>

      <section className="weerbaar-section" aria-labelledby="participants-heading">
        <h2 className="utrecht-heading-2" id="participants-heading">
          {t('exerciseAgenda.participantsTitle')}
        </h2>
        {item.invitations.length === 0 ? (
          <p className="utrecht-paragraph">{t('exerciseAgenda.noInvitations')}</p>
        ) : (
          <DataTable
            caption={t('exerciseAgenda.participantsCaption')}
            testId="agenda-invitations"
            rows={item.invitations}
            rowKey={(i) => i.id}
            columns={[
              {
                key: 'org',
                header: t('exerciseAgenda.fields.organisation'),
                rowHeader: 'cell',
                cell: (i) => i.org.name,
              },
              {
                key: 'status',
                header: t('exerciseAgenda.fields.answer'),
                cell: (i) => t(`exerciseAgenda.participationStatuses.${i.status}`),
              },
              {
                key: 'respondedAt',
                header: t('exerciseAgenda.fields.respondedAt'),
                cell: (i) => (i.respondedAt ? formatDateTime(i.respondedAt, locale) : '–'),
              },
              {
                key: 'linked',
                header: t('exerciseAgenda.fields.linkedOwnExercise'),
                cell: (i) => (i.linkedOwnExercise ? t('common.yes') : t('common.no')),
              },
            ]}
          />
        )}
        {canManage && open && <InviteForm item={item} />}
      </section>

      {canManage && (
        <section className="weerbaar-section" aria-labelledby="status-heading">
          <h2 className="utrecht-heading-2" id="status-heading">
            {t('exerciseAgenda.statusTitle')}
          </h2>
          <StatusForm item={item} />
        </section>
      )}
      {!canManage && (item.findings || item.lessons) && (
        <section className="weerbaar-section" aria-labelledby="evaluation-heading">
          <h2 className="utrecht-heading-2" id="evaluation-heading">
            {t('exerciseAgenda.evaluationTitle')}
          </h2>
          <p className="utrecht-paragraph">{item.findings}</p>
          <p className="utrecht-paragraph">{item.lessons}</p>
        </section>
      )}
      {canManage && !item.crisis && item.status !== 'evaluated' && item.status !== 'cancelled' && (
        <section className="weerbaar-section" aria-labelledby="crisis-heading">
          <h2 className="utrecht-heading-2" id="crisis-heading">
            {t('exerciseAgenda.crisis.title')}
          </h2>
          <StartCrisisForm item={item} />
        </section>
      )}
    </>
  );
}

function InviteForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const invitees = useInvitees(true);
  const invite = useInvite(item.id);
  const [message, setMessage] = useState<string>();
  const fields = { orgId: { id: 'agenda-invite-org', label: t('exerciseAgenda.fields.organisation') } };
  const form = useFormErrors(fields);
  const invited = new Set(item.invitations.map((i) => i.org.id));
  const options = (invitees.data ?? []).filter((o) => !invited.has(o.id));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending) return;
    const orgId = formValues(event.currentTarget).orgId ?? '';
    const name = options.find((o) => o.id === orgId)?.name ?? '';
    form.clear();
    invite
      .mutateAsync(orgId)
      .then(() => setMessage(t('exerciseAgenda.invited', { name })))
      .catch(form.fromProblem);
  }

  if (options.length === 0) return null;
  return (
    <>
      <h3 className="utrecht-heading-3">{t('exerciseAgenda.inviteTitle')}</h3>
      <LiveMessage message={message} />
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="agenda-invite-form">
        <SelectField
          {...fields.orgId}
          name="orgId"
          error={form.errors.fields.orgId}
          options={options.map((o) => ({ value: o.id, label: o.sector ? `${o.name} (${o.sector})` : o.name }))}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={invite.isPending} busyLabel={t('common.saving')}>
            {t('exerciseAgenda.inviteSubmit')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}

function StatusForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const update = useUpdateItem(item.id);
  const [message, setMessage] = useState<string>();
  const fields = {
    status: { id: 'agenda-item-status', label: t('exerciseAgenda.fields.status') },
    findings: { id: 'agenda-item-findings', label: t('exerciseAgenda.fields.findings') },
    lessons: { id: 'agenda-item-lessons', label: t('exerciseAgenda.fields.lessons') },
  };
  const form = useFormErrors(fields);
  const statuses: AgendaItemStatus[] = [item.status, ...AGENDA_ITEM_TRANSITIONS[item.status]];
  const canEvaluate = item.status === 'held' || item.status === 'evaluated';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const v = formValues(event.currentTarget);
    const status = v.status as AgendaItemStatus;
    const evaluates = canEvaluate || status === 'held' || status === 'evaluated';
    const values = {
      status,
      ...(evaluates && v.findings !== undefined ? { findings: v.findings } : {}),
      ...(evaluates && v.lessons !== undefined ? { lessons: v.lessons } : {}),
    };
    if (!form.check(AgendaItemUpdateSchema, values)) return;
    update
      .mutateAsync(values)
      .then(() => setMessage(t('exerciseAgenda.saved')))
      .catch(form.fromProblem);
  }

  return (
    <>
      <LiveMessage message={message} />
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="agenda-status-form">
        <SelectField
          {...fields.status}
          name="status"
          defaultValue={item.status}
          error={form.errors.fields.status}
          options={statuses.map((s) => ({ value: s, label: t(`exerciseAgenda.statuses.${s}`) }))}
        />
        <TextAreaField
          {...fields.findings}
          name="findings"
          optional
          hint={t('exerciseAgenda.evaluationHint')}
          defaultValue={item.findings ?? ''}
          error={form.errors.fields.findings}
        />
        <TextAreaField
          {...fields.lessons}
          name="lessons"
          optional
          defaultValue={item.lessons ?? ''}
          error={form.errors.fields.lessons}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={update.isPending} busyLabel={t('common.saving')}>
            {t('exerciseAgenda.saveStatus')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}

function StartCrisisForm({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const levels = useCrisisLevels(true);
  const start = useStartExerciseCrisis(item.id);
  const fields = { level: { id: 'agenda-crisis-level', label: t('exerciseAgenda.crisis.level') } };
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (start.isPending) return;
    form.clear();
    start.mutateAsync({ level: formValues(event.currentTarget).level ?? '' }).catch(form.fromProblem);
  }

  return (
    <>
      <p className="utrecht-paragraph">{t('exerciseAgenda.crisis.intro')}</p>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="agenda-crisis-form">
        <SelectField
          {...fields.level}
          name="level"
          error={form.errors.fields.level}
          options={(levels.data ?? []).map((l) => ({ value: l.key, label: l.label }))}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={start.isPending} busyLabel={t('common.saving')}>
            {t('exerciseAgenda.crisis.start')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
