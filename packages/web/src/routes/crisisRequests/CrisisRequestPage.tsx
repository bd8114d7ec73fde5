import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CrisisRecipient, ReceivedCrisisRequest } from '@weerbaar/core/crisis';
import { isApiError } from '../../api/client.ts';
import { useCan } from '../../auth/use-can.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { ReceivedStatus } from './CrisisRequestsPage.tsx';
import { useAnswer, useMarkRead, useOwnAssets, useReceivedRequest, useSentRequest } from './crisis-requests-api.ts';

/** The authority's view of one request: every recipient, delivered, read, answered, overdue, and the answers. */
export function SentRequestPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const request = useSentRequest(id);
  return (
    <QueryState query={request}>
      {(r) => (
        <Page
          title={`${r.exercise ? `${t('crisisRequests.exercise')}: ` : ''}${r.subject}`}
          lead={`${t(`crisisRequests.kinds.${r.kind}`)} · TLP:${r.tlp} · ${t('crisisRequests.fields.sentAt')} ${formatDateTime(r.sentAt, locale)}${r.dueAt ? ` · ${t('crisisRequests.fields.dueAt')} ${formatDateTime(r.dueAt, locale)}` : ''}`}
        >
          <p className="utrecht-paragraph" style={{ whiteSpace: 'pre-wrap' }}>
            {r.body}
          </p>
          <p className="utrecht-paragraph" data-testid="crisis-request-counts">
            {t('crisisRequests.countsLine', {
              answered: r.counts.answered,
              recipients: r.counts.recipients,
              delivered: r.counts.delivered,
              overdue: r.counts.overdue,
            })}{' '}
            {r.kind === 'information-request' && t('crisisRequests.affectedLine', { affected: r.counts.affected })}
          </p>
          <DataTable<CrisisRecipient>
            caption={t('crisisRequests.recipients')}
            testId="crisis-request-recipients"
            rows={r.recipients}
            rowKey={(x) => x.entityId}
            columns={[
              { key: 'name', header: t('crisisRequests.fields.entity'), rowHeader: 'header-cell', cell: (x) => x.name },
              {
                key: 'delivered',
                header: t('crisisRequests.fields.deliveredAt'),
                cell: (x) => formatDateTime(x.deliveredAt, locale) || t('crisisRequests.notYet'),
              },
              {
                key: 'read',
                header: t('crisisRequests.fields.readAt'),
                cell: (x) => formatDateTime(x.readAt, locale) || t('crisisRequests.notYet'),
              },
              {
                key: 'answer',
                header: t('crisisRequests.fields.answer'),
                cell: (x) =>
                  x.answer ? (
                    <>
                      <strong>{t(`crisisRequests.affected.${x.answer.affected}`)}</strong>
                      {x.answer.since
                        ? ` · ${t('crisisRequests.fields.since')} ${formatDateTime(x.answer.since, locale)}`
                        : ''}
                      {x.answer.impact ? ` · ${x.answer.impact}` : ''}
                      {x.answer.services.length > 0 ? ` · ${x.answer.services.map((s) => s.name).join(', ')}` : ''}
                      {x.answer.note ? ` · ${x.answer.note}` : ''}
                    </>
                  ) : r.kind === 'information-request' ? (
                    <>
                      {t('crisisRequests.noAnswer')}
                      {x.overdue && (
                        <>
                          {' '}
                          <strong data-testid="recipient-overdue">{t('crisisRequests.overdue')}</strong>
                        </>
                      )}
                    </>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </Page>
      )}
    </QueryState>
  );
}

/** The entity's view: the message, and for an uitvraag the answer form. Opening it tells the authority "read". */
export function ReceivedRequestPage() {
  const { id = '' } = useParams();
  const request = useReceivedRequest(id);
  const markRead = useMarkRead();
  const marked = useRef(false);
  useEffect(() => {
    if (request.data && !request.data.readAt && !marked.current) {
      marked.current = true;
      markRead.mutate(id);
    }
  }, [request.data, id, markRead]);
  return <QueryState query={request}>{(r) => <ReceivedView r={r} />}</QueryState>;
}

function ReceivedView({ r }: { r: ReceivedCrisisRequest }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canAnswer = useCan('crisis-requests:answer');
  return (
    <Page
      title={`${r.exercise ? `${t('crisisRequests.exercise')}: ` : ''}${r.subject}`}
      lead={`${t(`crisisRequests.kinds.${r.kind}`)} ${t('crisisRequests.fromAuthority', { name: r.authorityName })} · ${formatDateTime(r.sentAt, locale)}`}
    >
      <Alert type="info">{t(`crisisRequests.tlpRule.${r.tlp}`)}</Alert>
      <p className="utrecht-paragraph" style={{ whiteSpace: 'pre-wrap' }}>
        {r.body}
      </p>
      <p className="utrecht-paragraph" data-testid="received-status">
        <ReceivedStatus r={r} />
        {r.dueAt ? ` · ${t('crisisRequests.fields.dueAt')} ${formatDateTime(r.dueAt, locale)}` : ''}
      </p>
      {r.kind === 'information-request' && r.answer && (
        <section className="weerbaar-section" aria-labelledby="answer-given-heading">
          <h2 className="utrecht-heading-2" id="answer-given-heading">
            {t('crisisRequests.yourAnswer')}
          </h2>
          <p className="utrecht-paragraph" data-testid="answer-given">
            <strong>{t(`crisisRequests.affected.${r.answer.affected}`)}</strong>
            {r.answer.since ? ` · ${t('crisisRequests.fields.since')} ${formatDateTime(r.answer.since, locale)}` : ''}
            {r.answer.impact ? ` · ${r.answer.impact}` : ''}
            {r.answer.services.length > 0 ? ` · ${r.answer.services.map((s) => s.name).join(', ')}` : ''}
          </p>
        </section>
      )}
      {r.kind === 'information-request' && canAnswer && <AnswerForm r={r} />}
    </Page>
  );
}

function AnswerForm({ r }: { r: ReceivedCrisisRequest }) {
  const { t } = useTranslation();
  const answer = useAnswer();
  const assets = useOwnAssets();
  const [failed, setFailed] = useState<string>();
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (answer.isPending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const since = text('since');
    const chosen = new Set(form.getAll('services').map(String));
    setFailed(undefined);
    try {
      await answer.mutateAsync({
        id: r.id,
        answer: {
          answerId: crypto.randomUUID(),
          affected: text('affected') as 'yes',
          since: since ? new Date(since).toISOString() : null,
          impact: text('impact'),
          note: text('note'),
          services: (assets.data ?? []).filter((a) => chosen.has(a.id)).map((a) => ({ id: a.id, name: a.name })),
        },
      });
      setDone(true);
    } catch (e) {
      const code = isApiError(e) ? e.code : 'unknown';
      setFailed(t(`errors.${code}`, { defaultValue: t('errors.unknown') }));
    }
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="answer-heading">
      <h2 className="utrecht-heading-2" id="answer-heading">
        {t(r.answer ? 'crisisRequests.answerAgain' : 'crisisRequests.answer')}
      </h2>
      <p className="utrecht-paragraph">{t('crisisRequests.answerIntro')}</p>
      {failed && (
        <Alert type="error" live="alert">
          {failed}
        </Alert>
      )}
      {done && (
        <Alert type="ok" live="status">
          {t('crisisRequests.answerSent')}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate data-testid="answer-form">
        <SelectField
          id="answer-affected"
          name="affected"
          label={t('crisisRequests.fields.affected')}
          options={(['yes', 'no', 'unknown'] as const).map((a) => ({
            value: a,
            label: t(`crisisRequests.affected.${a}`),
          }))}
        />
        <TextField
          id="answer-since"
          name="since"
          type="datetime-local"
          label={t('crisisRequests.fields.since')}
          optional
        />
        <TextAreaField id="answer-impact" name="impact" label={t('crisisRequests.fields.impact')} optional />
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('crisisRequests.fields.services')}</legend>
          <QueryState query={assets} empty={t('crisisRequests.noAssets')}>
            {(items) => (
              <ul className="utrecht-unordered-list">
                {items
                  .filter((a) => a.kind === 'service')
                  .map((a) => (
                    <li key={a.id}>
                      <label>
                        <input type="checkbox" name="services" value={a.id} /> {a.name}
                      </label>
                    </li>
                  ))}
              </ul>
            )}
          </QueryState>
        </fieldset>
        <TextAreaField id="answer-note" name="note" label={t('crisisRequests.fields.note')} optional />
        <SubmitButton busy={answer.isPending} busyLabel={t('common.saving')}>
          {t('crisisRequests.answerButton')}
        </SubmitButton>
      </form>
    </section>
  );
}
