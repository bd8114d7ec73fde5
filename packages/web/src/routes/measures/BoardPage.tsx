import {
  BoardTrainingInputSchema,
  MeasureApprovalInputSchema,
  type BoardTraining,
  type BoardTrainingInput,
  type ImplementationState,
  type MeasureApproval,
  type MeasureApprovalChange,
  type MeasureApprovalInput,
} from '@weerbaar/core/measures';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate, formatDateTime } from '../../format/date.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { currentLocale } from '../../i18n/index.ts';
import {
  useApprovals,
  useApproveMeasures,
  useBoardTrainings,
  useChangesSinceApproval,
  useRecordTraining,
  useRemoveTraining,
} from './board-api.ts';

/**
 * The board and the measures: the management body approves the measures (NIS2 Art. 20(1); Cbw art.
 * 24(1)) and each board member follows cybersecurity training with a certificate kept up to date
 * (NIS2 Art. 20(2); Cbw art. 24(2)-(5)).
 */
export function BoardPage() {
  const { t } = useTranslation();
  const approvals = useApprovals();
  const changes = useChangesSinceApproval();
  const trainings = useBoardTrainings();
  const canApprove = useCan('board:approve');
  const canWrite = useCan('measures:write');
  const [message, setMessage] = useState<string>();

  return (
    <Page title={t('board.title')} lead={t('board.intro')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/measures">
          {t('board.back')}
        </Link>
      </p>
      <LiveMessage message={message} />

      <section className="weerbaar-section" aria-labelledby="approval-heading">
        <h2 className="utrecht-heading-2" id="approval-heading">
          {t('board.approval.title')}
        </h2>
        <QueryState query={approvals}>
          {(items) =>
            items[0] ? (
              <LatestApproval approval={items[0]} />
            ) : (
              <p className="utrecht-paragraph">{t('board.approval.none')}</p>
            )
          }
        </QueryState>
      </section>

      <section className="weerbaar-section" aria-labelledby="changes-heading">
        <h2 className="utrecht-heading-2" id="changes-heading">
          {t('board.changes.title')}
        </h2>
        <QueryState query={changes} empty={t('board.changes.empty')} isEmpty={(d) => d.length === 0}>
          {(items) => <ChangesTable changes={items} caption={t('board.changes.caption', { count: items.length })} />}
        </QueryState>
      </section>

      {canApprove && (
        <section className="weerbaar-section" aria-labelledby="approve-heading">
          <h2 className="utrecht-heading-2" id="approve-heading">
            {t('board.approve.title')}
          </h2>
          <p className="utrecht-paragraph">{t('board.approve.intro')}</p>
          <ApprovalForm onSaved={(version) => setMessage(t('board.approve.saved', { version }))} />
        </section>
      )}

      <section className="weerbaar-section" aria-labelledby="history-heading">
        <h2 className="utrecht-heading-2" id="history-heading">
          {t('board.history.title')}
        </h2>
        <QueryState query={approvals} empty={t('board.approval.none')} isEmpty={(d) => d.length === 0}>
          {(items) => <ApprovalHistory approvals={items} />}
        </QueryState>
      </section>

      <section className="weerbaar-section" aria-labelledby="trainings-heading">
        <h2 className="utrecht-heading-2" id="trainings-heading">
          {t('board.trainings.title')}
        </h2>
        <p className="utrecht-paragraph">{t('board.trainings.intro')}</p>
        <QueryState query={trainings} empty={t('board.trainings.empty')} isEmpty={(d) => d.length === 0}>
          {(items) => (
            <TrainingsTable
              trainings={items}
              canWrite={canWrite}
              onRemoved={() => setMessage(t('board.trainings.removed'))}
            />
          )}
        </QueryState>
        {canWrite && (
          <>
            <h3 className="utrecht-heading-3">{t('board.trainings.add')}</h3>
            <TrainingForm onSaved={() => setMessage(t('board.trainings.saved'))} />
          </>
        )}
      </section>
    </Page>
  );
}

function LatestApproval({ approval: a }: { approval: MeasureApproval }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <dl className="weerbaar-facts" data-testid="latest-approval">
      <dt>{t('board.fields.version')}</dt>
      <dd>{a.version}</dd>
      <dt>{t('board.fields.approvedOn')}</dt>
      <dd>{formatDate(a.approvedOn, locale)}</dd>
      <dt>{t('board.fields.approver')}</dt>
      <dd>
        {a.approverName}, {a.approverFunction}
      </dd>
      <dt>{t('board.fields.decision')}</dt>
      <dd>{a.decision}</dd>
      <dt>{t('board.fields.changes')}</dt>
      <dd>{t('board.approval.changeCount', { count: a.changes.length, records: a.recordCount })}</dd>
      <dt>{t('board.fields.recorded')}</dt>
      <dd>{t('board.approval.recordedBy', { by: a.recordedBy, at: formatDateTime(a.recordedAt, locale) })}</dd>
    </dl>
  );
}

function useStateLabel() {
  const { t } = useTranslation();
  return (s: ImplementationState) =>
    s.maturity === null
      ? t(`measures.statuses.${s.status}`)
      : t('board.changes.withMaturity', { status: t(`measures.statuses.${s.status}`), maturity: s.maturity });
}

function ChangesTable({ changes, caption }: { changes: readonly MeasureApprovalChange[]; caption: string }) {
  const { t } = useTranslation();
  const stateLabel = useStateLabel();
  return (
    <DataTable
      caption={caption}
      testId="approval-changes"
      rows={changes}
      rowKey={(c) => c.requirementId}
      columns={[
        {
          key: 'requirement',
          header: t('board.changes.requirement'),
          rowHeader: 'cell',
          cell: (c) => (
            <Link className="utrecht-link utrecht-link--html-a" to={`/measures/${encodeURIComponent(c.requirementId)}`}>
              {c.ref} {c.title}
            </Link>
          ),
        },
        { key: 'before', header: t('board.changes.before'), cell: (c) => stateLabel(c.before) },
        { key: 'after', header: t('board.changes.after'), cell: (c) => stateLabel(c.after) },
      ]}
    />
  );
}

function ApprovalHistory({ approvals }: { approvals: readonly MeasureApproval[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <DataTable
      caption={t('board.history.caption')}
      testId="approval-history"
      rows={approvals}
      rowKey={(a) => a.id}
      columns={[
        {
          key: 'version',
          header: t('board.fields.version'),
          rowHeader: 'header-cell',
          numeric: true,
          cell: (a) => a.version,
        },
        { key: 'approvedOn', header: t('board.fields.approvedOn'), cell: (a) => formatDate(a.approvedOn, locale) },
        {
          key: 'approver',
          header: t('board.fields.approver'),
          cell: (a) => `${a.approverName}, ${a.approverFunction}`,
        },
        { key: 'changes', header: t('board.fields.changes'), numeric: true, cell: (a) => a.changes.length },
        { key: 'decision', header: t('board.fields.decision'), cell: (a) => a.decision },
      ]}
    />
  );
}

function ApprovalForm({ onSaved }: { onSaved: (version: number) => void }) {
  const { t } = useTranslation();
  const approve = useApproveMeasures();
  const names = ['approvedOn', 'approverName', 'approverFunction', 'decision'] as const;
  const fields = Object.fromEntries(
    names.map((f) => [f, { id: `approval-${f}`, label: t(`board.fields.${f}`) }]),
  ) as Record<(typeof names)[number], { id: string; label: string }>;
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (approve.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const values: MeasureApprovalInput = {
      approvedOn: v.approvedOn ?? '',
      approverName: v.approverName?.trim() ?? '',
      approverFunction: v.approverFunction?.trim() ?? '',
      decision: v.decision?.trim() ?? '',
    };
    if (!form.check(MeasureApprovalInputSchema, values)) return;
    approve
      .mutateAsync(values)
      .then((saved) => {
        element.reset();
        onSaved((saved as MeasureApproval).version);
      })
      .catch(form.fromProblem);
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="approval-form">
        <TextField {...fields.approvedOn} name="approvedOn" type="date" error={form.errors.fields.approvedOn} />
        <TextField
          {...fields.approverName}
          name="approverName"
          maxLength={200}
          error={form.errors.fields.approverName}
        />
        <TextField
          {...fields.approverFunction}
          name="approverFunction"
          maxLength={200}
          hint={t('board.approve.functionHint')}
          error={form.errors.fields.approverFunction}
        />
        <TextAreaField
          {...fields.decision}
          name="decision"
          maxLength={5000}
          hint={t('board.approve.decisionHint')}
          error={form.errors.fields.decision}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={approve.isPending} busyLabel={t('common.saving')}>
            {t('board.approve.submit')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}

function TrainingsTable({
  trainings,
  canWrite,
  onRemoved,
}: {
  trainings: readonly BoardTraining[];
  canWrite: boolean;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const remove = useRemoveTraining();
  return (
    <DataTable
      caption={t('board.trainings.caption')}
      testId="board-trainings"
      rows={trainings}
      rowKey={(x) => x.id}
      columns={[
        { key: 'person', header: t('board.fields.personName'), rowHeader: 'header-cell', cell: (x) => x.personName },
        { key: 'role', header: t('board.fields.boardRole'), cell: (x) => x.boardRole },
        { key: 'training', header: t('board.fields.trainingName'), cell: (x) => x.trainingName },
        { key: 'completedOn', header: t('board.fields.completedOn'), cell: (x) => formatDate(x.completedOn, locale) },
        {
          key: 'expiresOn',
          header: t('board.fields.expiresOn'),
          cell: (x) => (x.expiresOn ? formatDate(x.expiresOn, locale) : t('common.none')),
        },
        {
          key: 'expiry',
          header: t('board.fields.expiry'),
          cell: (x) =>
            x.expiry === 'expiring' || x.expiry === 'expired' ? (
              <strong>{t(`board.expiry.${x.expiry}`)}</strong>
            ) : (
              t(`board.expiry.${x.expiry}`)
            ),
        },
        ...(canWrite
          ? [
              {
                key: 'actions',
                header: t('board.trainings.actions'),
                cell: (x: BoardTraining) => (
                  <ConfirmButton
                    ariaLabel={t('board.trainings.removeLabel', { name: x.personName, training: x.trainingName })}
                    title={t('board.trainings.removeTitle')}
                    text={t('board.trainings.removeText')}
                    onConfirm={() => remove.mutateAsync(x.id).then(onRemoved)}
                  >
                    {t('board.trainings.remove')}
                  </ConfirmButton>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function TrainingForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const record = useRecordTraining();
  const names = ['personName', 'boardRole', 'trainingName', 'completedOn', 'expiresOn'] as const;
  const fields = Object.fromEntries(
    names.map((f) => [f, { id: `training-${f}`, label: t(`board.fields.${f}`) }]),
  ) as Record<(typeof names)[number], { id: string; label: string }>;
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const values: BoardTrainingInput = {
      personName: v.personName?.trim() ?? '',
      boardRole: v.boardRole?.trim() ?? '',
      trainingName: v.trainingName?.trim() ?? '',
      completedOn: v.completedOn ?? '',
      expiresOn: v.expiresOn || null,
    };
    if (!form.check(BoardTrainingInputSchema, values)) return;
    record
      .mutateAsync(values)
      .then(() => {
        element.reset();
        onSaved();
      })
      .catch(form.fromProblem);
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit} data-testid="training-form">
        <TextField {...fields.personName} name="personName" maxLength={200} error={form.errors.fields.personName} />
        <TextField
          {...fields.boardRole}
          name="boardRole"
          maxLength={200}
          hint={t('board.trainings.roleHint')}
          error={form.errors.fields.boardRole}
        />
        <TextField
          {...fields.trainingName}
          name="trainingName"
          maxLength={200}
          error={form.errors.fields.trainingName}
        />
        <TextField {...fields.completedOn} name="completedOn" type="date" error={form.errors.fields.completedOn} />
        <TextField
          {...fields.expiresOn}
          name="expiresOn"
          type="date"
          optional
          hint={t('board.trainings.expiresHint')}
          error={form.errors.fields.expiresOn}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={record.isPending} busyLabel={t('common.saving')}>
            {t('board.trainings.submit')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
