import { canTakeStep, type InformationRequest } from '@weerbaar/core/supervision';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useActiveMembership } from '../../auth/use-current-session.ts';
import { useCan } from '../../auth/use-can.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { cite } from '../../format/citation.ts';
import { formatDate, formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
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

function useFailure() {
  const { t } = useTranslation();
  const [failed, setFailed] = useState<string>();
  const fail = (e: unknown) =>
    setFailed(t(`errors.${isApiError(e) ? e.code : 'unknown'}`, { defaultValue: t('errors.unknown') }));
  return { failed, setFailed, fail };
}

function AnswerForm({ r }: { r: InformationRequest }) {
  const { t } = useTranslation();
  const canAnswer = useCan('supervision:answer');
  const answer = useAnswerRequest(r.id);
  const addDocument = useAddDocument(r.id);
  const { failed, setFailed, fail } = useFailure();
  if (!canAnswer || !canTakeStep(r.status, 'answer')) return null;

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const file = new FormData(formElement).get('file');
    if (!(file instanceof File) || file.size === 0 || addDocument.isPending) return;
    setFailed(undefined);
    try {
      await addDocument.mutateAsync(file);
      formElement.reset();
    } catch (e) {
      fail(e);
    }
  }

  async function onAnswer(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (answer.isPending) return;
    const form = new FormData(event.currentTarget);
    setFailed(undefined);
    try {
      await answer.mutateAsync({
        text: String(form.get('text') ?? '').trim(),
        includeMeasuresDossier: form.get('includeMeasuresDossier') === 'on',
      });
    } catch (e) {
      fail(e);
    }
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="answer-heading">
      <h2 className="utrecht-heading-2" id="answer-heading">
        {t('supervision.answer')}
      </h2>
      <p className="utrecht-paragraph">{t('supervision.answerIntro')}</p>
      {failed && (
        <Alert type="error" live="alert">
          {failed}
        </Alert>
      )}
      <form onSubmit={onUpload} noValidate data-testid="document-form">
        <TextField id="answer-file" name="file" type="file" label={t('supervision.addDocument')} optional />
        <SubmitButton busy={addDocument.isPending} busyLabel={t('common.saving')}>
          {t('supervision.addDocumentButton')}
        </SubmitButton>
      </form>
      <form onSubmit={onAnswer} noValidate data-testid="answer-form">
        <TextAreaField id="answer-text" name="text" label={t('supervision.answerText')} />
        <CheckboxField
          id="answer-dossier"
          name="includeMeasuresDossier"
          label={t('supervision.includeDossier')}
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
  const { failed, setFailed, fail } = useFailure();
  if (!canSend || !canTakeStep(r.status, 'accept')) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (assess.isPending) return;
    const form = new FormData(event.currentTarget);
    const note = String(form.get('note') ?? '').trim();
    setFailed(undefined);
    try {
      await assess.mutateAsync(
        form.get('decision') === 'more-asked'
          ? { decision: 'more-asked', note, dueOn: String(form.get('dueOn') ?? '') }
          : { decision: 'accepted', note },
      );
    } catch (e) {
      fail(e);
    }
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="assess-heading">
      <h2 className="utrecht-heading-2" id="assess-heading">
        {t('supervision.assess')}
      </h2>
      {failed && (
        <Alert type="error" live="alert">
          {failed}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate data-testid="assess-form">
        <SelectField
          id="assess-decision"
          name="decision"
          label={t('supervision.decision')}
          options={[
            { value: 'accepted', label: t('supervision.decisions.accepted') },
            { value: 'more-asked', label: t('supervision.decisions.more-asked') },
          ]}
        />
        <TextAreaField id="assess-note" name="note" label={t('supervision.note')} optional />
        <TextField id="assess-due" name="dueOn" type="date" label={t('supervision.newDueOnLabel')} optional />
        <SubmitButton busy={assess.isPending} busyLabel={t('common.saving')}>
          {t('supervision.assessButton')}
        </SubmitButton>
      </form>
    </section>
  );
}
