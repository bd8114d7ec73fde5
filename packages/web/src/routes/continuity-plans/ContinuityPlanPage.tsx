import type { PlanDetail, PlanVersion } from '@weerbaar/core/continuity';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { Alert } from '../../components/Alert.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { problemMessage } from '../../forms/form-errors.ts';
import { formatDate, formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useApprovePlan, useChangePlan, useContinuityPlan } from './continuity-plans-api.ts';
import { PackPanel } from './PackPanel.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import './continuity-plans.css';

/** One plan: what is in force, approving the draft, the editor and the version history. */
export function ContinuityPlanPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const plan = useContinuityPlan(id);
  const change = useChangePlan(id);
  const canWrite = useCan('risk:write');
  const canApprove = useCan('continuity:approve');
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();

  if (plan.data === undefined) return <QueryState query={plan} />;
  const p = plan.data;
  const draft = p.versions.find((v) => v.status === 'draft');
  const approved = p.versions.find((v) => v.status === 'approved');
  const editable = draft ?? approved ?? p.versions[0]!;
  const fail = (e: unknown) => setError(problemMessage(e, t));

  return (
    <Page title={p.title} lead={t(`continuityPlans.kinds.${p.kind}`)}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/continuity-plans">
          {t('continuityPlans.detail.back')}
        </Link>
      </p>
      <LiveMessage message={message} />
      {error && (
        <Alert type="error" live="alert">
          <p className="utrecht-paragraph">{error}</p>
        </Alert>
      )}
      {p.reviewDue && (
        <Alert type="warning" testId="plan-review-due">
          <p className="utrecht-paragraph">{t('continuityPlans.detail.reviewDue')}</p>
        </Alert>
      )}
      <dl className="weerbaar-facts" data-testid="plan-facts">
        <dt>{t('continuityPlans.list.service')}</dt>
        <dd>{p.serviceName ?? t('common.none')}</dd>
        <dt>{t('continuityPlans.detail.inForce')}</dt>
        <dd>
          {approved
            ? t('continuityPlans.detail.approvedBy', {
                version: approved.version,
                by: approved.approvedBy ?? '',
                date: formatDateTime(approved.approvedAt, locale),
              })
            : t('continuityPlans.list.notApproved')}
        </dd>
        <dt>{t('continuityPlans.list.review')}</dt>
        <dd>{p.nextReviewOn ? formatDate(p.nextReviewOn, locale) : t('common.none')}</dd>
        <dt>{t('continuityPlans.detail.draft')}</dt>
        <dd>{draft ? t('continuityPlans.list.draft', { version: draft.version }) : t('common.none')}</dd>
        {p.kind === 'crisis' && (
          <>
            <dt>{t('continuityPlans.irp.short')}</dt>
            <dd>{p.incidentResponsePlan ? t('continuityPlans.irp.yes') : t('continuityPlans.irp.no')}</dd>
          </>
        )}
      </dl>
      {canApprove && draft && <ApprovePanel plan={p} draft={draft} onDone={setMessage} onError={fail} />}
      {!canApprove && draft && canWrite && (
        <p className="utrecht-paragraph" data-testid="approval-needed">
          {t('continuityPlans.approve.askOwner')}
        </p>
      )}
      {canWrite && p.kind === 'crisis' && (
        <div className="weerbaar-actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() =>
              change
                .mutateAsync({ incidentResponsePlan: !p.incidentResponsePlan })
                .then(() => setMessage(t('continuityPlans.detail.saved')), fail)
            }
          >
            {p.incidentResponsePlan ? t('continuityPlans.irp.unmark') : t('continuityPlans.irp.mark')}
          </button>
        </div>
      )}
      {canWrite && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="plan-edit-heading">
          <h2 className="utrecht-heading-2" id="plan-edit-heading">
            {t('continuityPlans.editor.title')}
          </h2>
          <p className="utrecht-paragraph">
            {draft
              ? t('continuityPlans.editor.editingDraft', { version: draft.version })
              : t('continuityPlans.editor.newDraft')}
          </p>
          <PlanEditor
            key={`${editable.version}-${editable.updatedAt}`}
            idPrefix="plan"
            content={editable.content}
            busy={change.isPending}
            onSave={(content, changeNote) =>
              change
                .mutateAsync({ content, ...(changeNote ? { changeNote } : {}) })
                .then(() => setMessage(t('continuityPlans.detail.saved')))
            }
          />
        </section>
      )}
      <VersionHistory versions={p.versions} />
      <PackPanel />
    </Page>
  );
}

function ApprovePanel(props: {
  plan: PlanDetail;
  draft: PlanVersion;
  onDone: (message: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const approve = useApprovePlan(props.plan.id);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (approve.isPending) return;
    const next = String(new FormData(event.currentTarget).get('nextReviewOn') ?? '').trim();
    approve
      .mutateAsync({ version: props.draft.version, ...(next ? { nextReviewOn: next } : {}) })
      .then(() => props.onDone(t('continuityPlans.approve.done', { version: props.draft.version })), props.onError);
  }
  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="plan-approve-heading">
      <h2 className="utrecht-heading-2" id="plan-approve-heading">
        {t('continuityPlans.approve.title', { version: props.draft.version })}
      </h2>
      <p className="utrecht-paragraph">{t('continuityPlans.approve.intro')}</p>
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="plan-next-review"
          name="nextReviewOn"
          type="date"
          label={t('continuityPlans.approve.nextReview')}
          hint={t('continuityPlans.approve.nextReviewHint')}
          optional
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={approve.isPending} busyLabel={t('common.saving')}>
            {t('continuityPlans.approve.submit', { version: props.draft.version })}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

function VersionHistory({ versions }: { versions: PlanVersion[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <section className="weerbaar-section" aria-labelledby="plan-versions-heading" data-testid="plan-versions">
      <h2 className="utrecht-heading-2" id="plan-versions-heading">
        {t('continuityPlans.versions.title')}
      </h2>
      <ol className="weerbaar-plan-versions" reversed>
        {versions.map((v) => (
          <li key={v.version} data-testid={`plan-version-${v.version}`}>
            <h3 className="utrecht-heading-3">
              {t('continuityPlans.versions.version', { version: v.version })}:{' '}
              {t(`continuityPlans.statuses.${v.status}`)}
            </h3>
            <p className="utrecht-paragraph">
              {v.approvedAt
                ? t('continuityPlans.versions.approved', {
                    by: v.approvedBy ?? '',
                    date: formatDateTime(v.approvedAt, locale),
                  })
                : t('continuityPlans.versions.changed', {
                    by: v.createdBy ?? '',
                    date: formatDateTime(v.updatedAt, locale),
                  })}
              {v.changeNote && ` ${t('continuityPlans.versions.note', { note: v.changeNote })}`}
            </p>
            {v.changes.length > 0 && (
              <>
                <p className="utrecht-paragraph">{t('continuityPlans.versions.whatChanged')}</p>
                <ul className="utrecht-unordered-list">
                  {v.changes.map((c, i) => (
                    <li key={i}>
                      {t(`continuityPlans.changes.${c.change}`, {
                        section: t(`continuityPlans.sections.${c.section as 'purpose'}`),
                        item: c.item ?? '',
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
