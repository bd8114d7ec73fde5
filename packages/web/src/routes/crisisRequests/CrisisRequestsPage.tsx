import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CrisisRequest, ReceivedCrisisRequest } from '@weerbaar/core/crisis';
import { isApiError } from '../../api/client.ts';
import { useActiveMembership } from '../../auth/use-current-session.ts';
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
import {
  useAffectedEntities,
  useCrisisRemoteMembers,
  usePullNow,
  useReceivedRequests,
  useSendCrisisRequest,
  useSentRequests,
} from './crisis-requests-api.ts';

const link = 'utrecht-link utrecht-link--html-a';
type Sent = Omit<CrisisRequest, 'recipients'>;

/** Uitvragen en crisisberichten: what the authority sent (with answers), or what the entity received. */
export function CrisisRequestsPage() {
  const { t } = useTranslation();
  const authority = useActiveMembership().orgKind === 'authority';
  return (
    <Page
      title={t('crisisRequests.title')}
      lead={t(authority ? 'crisisRequests.introSent' : 'crisisRequests.introReceived')}
    >
      {authority ? <SentSide /> : <ReceivedSide />}
    </Page>
  );
}

function SentSide() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [params] = useSearchParams();
  const crisisId = params.get('crisisId') ?? undefined;
  const sent = useSentRequests(crisisId);
  return (
    <>
      <section className="weerbaar-section" aria-labelledby="sent-heading">
        <h2 className="utrecht-heading-2" id="sent-heading">
          {t('crisisRequests.sent')}
        </h2>
        <QueryState query={sent} empty={t('crisisRequests.noneSent')}>
          {(items) => (
            <DataTable<Sent>
              caption={t('crisisRequests.sent')}
              testId="crisis-requests-sent"
              rows={items}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'subject',
                  header: t('crisisRequests.fields.subject'),
                  rowHeader: 'cell',
                  cell: (r) => (
                    <Link className={link} to={`/crisis-requests/sent/${r.id}`}>
                      {r.exercise ? `${t('crisisRequests.exercise')}: ` : ''}
                      {r.subject}
                    </Link>
                  ),
                },
                {
                  key: 'kind',
                  header: t('crisisRequests.fields.kind'),
                  cell: (r) => t(`crisisRequests.kinds.${r.kind}`),
                },
                { key: 'tlp', header: 'TLP', cell: (r) => `TLP:${r.tlp}` },
                {
                  key: 'sentAt',
                  header: t('crisisRequests.fields.sentAt'),
                  cell: (r) => formatDateTime(r.sentAt, locale),
                },
                {
                  key: 'answers',
                  header: t('crisisRequests.answersColumn'),
                  cell: (r) =>
                    t('crisisRequests.countsLine', {
                      answered: r.counts.answered,
                      recipients: r.counts.recipients,
                      delivered: r.counts.delivered,
                      overdue: r.counts.overdue,
                    }),
                },
              ]}
            />
          )}
        </QueryState>
      </section>
      <SendForm crisisId={crisisId} />
    </>
  );
}

function SendForm({ crisisId }: { crisisId: string | undefined }) {
  const { t } = useTranslation();
  const canSend = useCan('crisis-requests:send');
  const navigate = useNavigate();
  const send = useSendCrisisRequest();
  const [criteria, setCriteria] = useState({ sectors: '', provinces: '', observables: '' });
  const affected = useAffectedEntities(criteria);
  const remoteMembers = useCrisisRemoteMembers(crisisId).data ?? [];
  const [failed, setFailed] = useState<string>();
  if (!canSend) return null;

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setCriteria({ sectors: text('sectors'), provinces: text('provinces'), observables: text('observables') });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const kind = text('kind') as 'information-request' | 'crisis-message';
    const due = text('dueAt');
    setFailed(undefined);
    try {
      const sent = await send.mutateAsync({
        id: crypto.randomUUID(),
        kind,
        crisisId: crisisId ?? null,
        subject: text('subject'),
        body: text('body'),
        tlp: text('tlp') as 'AMBER',
        dueAt: kind === 'information-request' && due ? new Date(due).toISOString() : null,
        exercise: false,
        entityIds: [...new Set(form.getAll('entityIds').map(String))],
        communityIds: [],
      });
      await navigate(`/crisis-requests/sent/${sent.id}`);
    } catch (e) {
      const code = isApiError(e) ? e.code : 'unknown';
      const field = isApiError(e) ? e.problem.invalidParams?.[0]?.name.replace(/^body\./, '') : undefined;
      const fieldLabel = field ? t(`crisisRequests.fields.${field}`, { defaultValue: '' }) : '';
      setFailed(`${t(`errors.${code}`, { defaultValue: t('errors.unknown') })}${fieldLabel ? ` (${fieldLabel})` : ''}`);
    }
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="send-heading">
      <h2 className="utrecht-heading-2" id="send-heading">
        {t('crisisRequests.send')}
      </h2>
      <p className="utrecht-paragraph">{t('crisisRequests.sendIntro')}</p>
      <form onSubmit={onFilter} noValidate data-testid="affected-filter">
        <TextField
          id="affected-sectors"
          name="sectors"
          label={t('crisisRequests.fields.sectors')}
          hint={t('crisisRequests.sectorsHint')}
          optional
        />
        <TextField id="affected-provinces" name="provinces" label={t('crisisRequests.fields.provinces')} optional />
        <TextField
          id="affected-observables"
          name="observables"
          label={t('crisisRequests.fields.observables')}
          hint={t('crisisRequests.observablesHint')}
          optional
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t('crisisRequests.suggest')}
        </button>
      </form>
      {failed && (
        <Alert type="error" live="alert">
          {failed}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate data-testid="send-crisis-request-form">
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('crisisRequests.fields.entityIds')}</legend>
          {remoteMembers.length > 0 && (
            <ul className="utrecht-unordered-list" data-testid="crisis-remote-members">
              {remoteMembers.map((m) => (
                <li key={m.orgId}>
                  <label>
                    <input type="checkbox" name="entityIds" value={m.orgId} defaultChecked /> {m.name}{' '}
                    <span className="weerbaar-muted">({t('crisisRequests.remoteMember')})</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <QueryState query={affected} empty={t('crisisRequests.noneAffected')}>
            {(items) => (
              <ul className="utrecht-unordered-list" data-testid="affected-entities">
                {items.map((e) => (
                  <li key={e.entityId}>
                    <label>
                      <input type="checkbox" name="entityIds" value={e.entityId} defaultChecked /> {e.name}{' '}
                      <span className="weerbaar-muted">
                        ({e.reasons.map((r) => `${t(`crisisRequests.reasons.${r.kind}`)}: ${r.detail}`).join('; ')})
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </QueryState>
        </fieldset>
        <SelectField
          id="request-kind"
          name="kind"
          label={t('crisisRequests.fields.kind')}
          options={[
            { value: 'information-request', label: t('crisisRequests.kinds.information-request') },
            { value: 'crisis-message', label: t('crisisRequests.kinds.crisis-message') },
          ]}
        />
        <TextField id="request-subject" name="subject" label={t('crisisRequests.fields.subject')} />
        <TextAreaField
          id="request-body"
          name="body"
          label={t('crisisRequests.fields.body')}
          hint={t('crisisRequests.bodyHint')}
        />
        <SelectField
          id="request-tlp"
          name="tlp"
          label={t('crisisRequests.fields.tlp')}
          hint={t('crisisRequests.tlpHint')}
          defaultValue="AMBER"
          options={['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT'].map((l) => ({ value: l, label: `TLP:${l}` }))}
        />
        <TextField
          id="request-due"
          name="dueAt"
          type="datetime-local"
          label={t('crisisRequests.fields.dueAt')}
          hint={t('crisisRequests.dueHint')}
          optional
        />
        <SubmitButton busy={send.isPending} busyLabel={t('common.saving')}>
          {t('crisisRequests.sendButton')}
        </SubmitButton>
      </form>
    </section>
  );
}

function ReceivedSide() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const received = useReceivedRequests();
  const pull = usePullNow();
  const canAnswer = useCan('crisis-requests:answer');
  return (
    <section className="weerbaar-section" aria-labelledby="received-heading">
      <h2 className="utrecht-heading-2" id="received-heading">
        {t('crisisRequests.received')}
      </h2>
      {canAnswer && (
        <p>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => pull.mutate()}
            disabled={pull.isPending}
          >
            {t('crisisRequests.pullNow')}
          </button>
        </p>
      )}
      <QueryState query={received} empty={t('crisisRequests.noneReceived')}>
        {(items) => (
          <DataTable<ReceivedCrisisRequest>
            caption={t('crisisRequests.received')}
            testId="crisis-requests-received"
            rows={items}
            rowKey={(r) => r.id}
            columns={[
              {
                key: 'subject',
                header: t('crisisRequests.fields.subject'),
                rowHeader: 'cell',
                cell: (r) => (
                  <Link className={link} to={`/crisis-requests/received/${r.id}`}>
                    {r.exercise ? `${t('crisisRequests.exercise')}: ` : ''}
                    {r.subject}
                  </Link>
                ),
              },
              { key: 'from', header: t('crisisRequests.fields.from'), cell: (r) => r.authorityName },
              {
                key: 'kind',
                header: t('crisisRequests.fields.kind'),
                cell: (r) => t(`crisisRequests.kinds.${r.kind}`),
              },
              { key: 'tlp', header: 'TLP', cell: (r) => `TLP:${r.tlp}` },
              { key: 'dueAt', header: t('crisisRequests.fields.dueAt'), cell: (r) => formatDateTime(r.dueAt, locale) },
              {
                key: 'status',
                header: t('crisisRequests.fields.status'),
                cell: (r) => <ReceivedStatus r={r} />,
              },
            ]}
          />
        )}
      </QueryState>
    </section>
  );
}

export function ReceivedStatus({ r }: { r: ReceivedCrisisRequest }) {
  const { t } = useTranslation();
  if (r.kind === 'crisis-message')
    return <>{t(r.readAt ? 'crisisRequests.status.read' : 'crisisRequests.status.new')}</>;
  if (r.answeredAt)
    return (
      <>
        {t('crisisRequests.status.answered')}
        {r.answerDelivery === 'pending' ? ` (${t('crisisRequests.status.sending')})` : ''}
      </>
    );
  return (
    <>
      {t('crisisRequests.status.open')}
      {r.overdue && (
        <>
          {' '}
          <strong>{t('crisisRequests.overdue')}</strong>
        </>
      )}
    </>
  );
}
