import {
  canTakeStep,
  RequestAnswerSchema,
  RequestAssessmentSchema,
  type InformationRequest,
} from '@weerbaar/core/supervision';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useActiveMembership } from '../../auth/use-current-session.ts';
import { useCan } from '../../auth/use-can.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { cite } from '../../format/citation.ts';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { formatDate, formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { answerBody, assessmentBody } from './supervision-forms.ts';
import { RequestStatus } from './supervision-labels.tsx';
import {
  documentUrl,
  useAddDocument,
  useAnswerRequest,
  useAssessRequest,
  useRequest,
  type Side,
} from './supervision-api.ts';

const link = 'utrecht-link utrecht-link--html-a';

/** One information request: what is asked and on what basis, the exchange, the documents, and the next step. */
export function RequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const side: Side = useActiveMembership().orgKind === 'authority' ? 'sent' : 'received';
  const request = useRequest(side, id);
  return (
    <QueryState query={request}>
      {(r) => (
        <Page
          title={r.subject}
          lead={t(side === 'sent' ? 'supervision.toEntity' : 'supervision.fromSupervisor', {
            name: side === 'sent' ? r.entityName : r.supervisorName,
          })}
        >
          <RequestFacts r={r} />
          <Exchange r={r} side={side} />
          {side === 'received' ? <AnswerForm r={r} /> : <AssessForm r={r} />}
        </Page>
      )}
    </QueryState>
  );
}

function RequestFacts({ r }: { r: InformationRequest }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <dl className="weerbaar-facts" data-testid="request-facts">
      <dt>{t('supervision.status')}</dt>
      <dd data-testid="request-status">
        <RequestStatus r={r} t={t} />
      </dd>
      <dt>{t('supervision.dueOn')}</dt>
      <dd>{formatDate(r.dueOn, locale)}</dd>
      <dt>{t('supervision.fields.legalBasis')}</dt>
      <dd>
        {t(`supervision.legalBases.${r.legalBasis}`)} ({cite(r.legalBasisCitation)})
      </dd>
      <dt>{t('supervision.fields.question')}</dt>
      <dd>{r.question}</dd>
      {r.indication && (
        <>
          <dt>{t('supervision.fields.indication')}</dt>
          <dd>{r.indication}</dd>
        </>
      )}
      <dt>{t('supervision.fields.asksMeasuresDossier')}</dt>
      <dd>{r.asksMeasuresDossier ? t('supervision.yes') : t('supervision.no')}</dd>
      <dt>{t('supervision.sentAt')}</dt>
      <dd>
        {formatDateTime(r.sentAt, locale)} ({r.sentBy})
      </dd>
      {r.remote && (
        <>
          <dt>{t('supervision.remote.label')}</dt>
          <dd data-testid="request-remote">
            {r.remote.deliveredAt
              ? t('supervision.remote.delivered', { at: formatDateTime(r.remote.deliveredAt, locale) })
              : t('supervision.remote.waiting')}
          </dd>
        </>
      )}
    </dl>
  );
}

function Exchange({ r, side }: { r: InformationRequest; side: Side }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const pending = r.documents.filter((d) => d.answerId === null);
  return (
    <section className="weerbaar-section" aria-labelledby="exchange-heading">
      <h2 className="utrecht-heading-2" id="exchange-heading">
        {t('supervision.exchange')}
      </h2>
      {r.messages.length === 0 && <p className="utrecht-paragraph">{t('supervision.noAnswerYet')}</p>}
      <ol className="utrecht-ordered-list" data-testid="request-messages">
        {r.messages.map((m) => {
          const docs = r.documents.filter((d) => d.answerId === m.id);
          return (
            <li key={m.id} className="utrecht-ordered-list__item">
              <strong>{t(`supervision.messageKinds.${m.kind}`)}</strong> — {formatDateTime(m.at, locale)} ({m.by})
              {m.dueOn && ` — ${t('supervision.newDueOn', { date: formatDate(m.dueOn, locale) })}`}
              {m.text && <p className="utrecht-paragraph">{m.text}</p>}
              {docs.length > 0 && (
                <ul className="utrecht-unordered-list" data-testid="answer-documents">
                  {docs.map((d) => (
                    <li key={d.id} className="utrecht-unordered-list__item">
                      <a className={link} href={documentUrl(side, r.id, d.id)} download>
                        {d.fileName}
                      </a>
                      {d.kind === 'measures-dossier' && ` — ${t('supervision.measuresDossier')}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {side === 'received' && pending.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('supervision.pendingDocuments')}</h3>
          <ul className="utrecht-unordered-list" data-testid="pending-documents">
            {pending.map((d) => (
              <li key={d.id} className="utrecht-unordered-list__item">
                {d.fileName}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AnswerForm({ r }: { r: InformationRequest }) {
  const { t } = useTranslation();
  const canAnswer = useCan('supervision:answer');
  const answer = useAnswerRequest(r.id);
  const addDocument = useAddDocument(r.id);
  const uploadFields = { file: { id: 'answer-file', label: t('supervision.addDocument') } };
  const upload = useFormErrors(uploadFields);
  const fields = {
    text: { id: 'answer-text', label: t('supervision.answerText') },
    includeMeasuresDossier: { id: 'answer-dossier', label: t('supervision.includeDossier') },
  };
  const form = useFormErrors(fields);
  if (!canAnswer || !canTakeStep(r.status, 'answer')) return null;

  function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const file = new FormData(formElement).get('file');
    if (!(file instanceof File) || file.size === 0 || addDocument.isPending) return;
    upload.clear();
    addDocument
      .mutateAsync(file)
      .then(() => formElement.reset())
      .catch(upload.fromProblem);
  }

  function onAnswer(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (answer.isPending) return;
    const values = answerBody(formValues(event.currentTarget));
    if (!form.check(RequestAnswerSchema, values)) return;
    answer.mutateAsync(values).catch(form.fromProblem);
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="answer-heading">
      <h2 className="utrecht-heading-2" id="answer-heading">
        {t('supervision.answer')}
      </h2>
      <p className="utrecht-paragraph">{t('supervision.answerIntro')}</p>
      <ErrorSummary errors={upload.errors} fields={uploadFields} />
      <form onSubmit={onUpload} noValidate data-testid="document-form">
        <TextField {...uploadFields.file} name="file" type="file" optional error={upload.errors.fields.file} />
        <SubmitButton busy={addDocument.isPending} busyLabel={t('common.saving')}>
          {t('supervision.addDocumentButton')}
        </SubmitButton>
      </form>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form onSubmit={onAnswer} noValidate data-testid="answer-form">
        <TextAreaField {...fields.text} name="text" maxLength={20_000} error={form.errors.fields.text} />
        <CheckboxField
          {...fields.includeMeasuresDossier}
          name="includeMeasuresDossier"
          defaultChecked={r.asksMeasuresDossier}
        />
        <SubmitButton busy={answer.isPending} busyLabel={t('common.saving')}>
          {t('supervision.answerButton')}
        </SubmitButton>
      </form>
    </section>
  );
}

function AssessForm({ r }: { r: InformationRequest }) {
  const { t } = useTranslation();
  const canSend = useCan('supervision:send');
  const assess = useAssessRequest(r.id);
  const fields = {
    decision: { id: 'assess-decision', label: t('supervision.decision') },
    note: { id: 'assess-note', label: t('supervision.note') },
    dueOn: { id: 'assess-due', label: t('supervision.newDueOnLabel') },
  };
  const form = useFormErrors(fields);
  if (!canSend || !canTakeStep(r.status, 'accept')) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (assess.isPending) return;
    const values = assessmentBody(formValues(event.currentTarget));
    if (!form.check(RequestAssessmentSchema, values)) return;
    assess.mutateAsync(values).catch(form.fromProblem);
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="assess-heading">
      <h2 className="utrecht-heading-2" id="assess-heading">
        {t('supervision.assess')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form onSubmit={onSubmit} noValidate data-testid="assess-form">
        <SelectField
          {...fields.decision}
          name="decision"
          error={form.errors.fields.decision}
          options={[
            { value: 'accepted', label: t('supervision.decisions.accepted') },
            { value: 'more-asked', label: t('supervision.decisions.more-asked') },
          ]}
        />
        <TextAreaField {...fields.note} name="note" optional maxLength={10_000} error={form.errors.fields.note} />
        <TextField {...fields.dueOn} name="dueOn" type="date" optional error={form.errors.fields.dueOn} />
        <SubmitButton busy={assess.isPending} busyLabel={t('common.saving')}>
          {t('supervision.assessButton')}
        </SubmitButton>
      </form>
    </section>
  );
}
