import { LEGAL_BASES, type LegalBasis } from '@weerbaar/core/supervision';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useRegistryEntities } from '../../api/registry.ts';
import { useActiveMembership } from '../../auth/use-current-session.ts';
import { useCan } from '../../auth/use-can.ts';
import { Alert } from '../../components/Alert.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { cite } from '../../format/citation.ts';
import { currentLocale } from '../../i18n/index.ts';
import { AuthoritySettings } from './AuthoritySettings.tsx';
import { findingColumns, requestColumns } from './supervision-labels.tsx';
import { useFindings, useRequests, useSendRequest } from './supervision-api.ts';

/** Supervision: the supervisor's requests and findings, or — for an entity — what supervisors asked and found. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const side = useActiveMembership().orgKind === 'authority' ? 'sent' : 'received';
  const locale = currentLocale();
  const requests = useRequests(side);
  const findings = useFindings(side);
  return (
    <Page
      title={t('supervision.title')}
      lead={t(side === 'sent' ? 'supervision.introSent' : 'supervision.introReceived')}
    >
      <section className="weerbaar-section" aria-labelledby="requests-heading">
        <h2 className="utrecht-heading-2" id="requests-heading">
          {t('supervision.requests')}
        </h2>
        <QueryState query={requests} empty={t('supervision.noRequests')}>
          {(items) => (
            <DataTable
              caption={t('supervision.requests')}
              columns={requestColumns(t, locale, side)}
              rows={items}
              rowKey={(r) => r.id}
              testId="supervision-requests"
            />
          )}
        </QueryState>
      </section>
      {side === 'sent' && <SendRequestForm />}
      <section className="weerbaar-section" aria-labelledby="findings-heading">
        <h2 className="utrecht-heading-2" id="findings-heading">
          {t('supervision.findings')}
        </h2>
        <QueryState query={findings} empty={t('supervision.noFindings')}>
          {(items) => (
            <DataTable
              caption={t('supervision.findings')}
              columns={findingColumns(t, locale, side)}
              rows={items}
              rowKey={(f) => f.id}
              testId="supervision-findings"
            />
          )}
        </QueryState>
      </section>
      {side === 'sent' && <AuthoritySettings />}
    </Page>
  );
}

function SendRequestForm() {
  const { t } = useTranslation();
  const canSend = useCan('supervision:send');
  const entities = useRegistryEntities({}, 1);
  const send = useSendRequest();
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string>();
  if (!canSend) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setFailed(undefined);
    try {
      const sent = await send.mutateAsync({
        entityId: text('entityId'),
        subject: text('subject'),
        question: text('question'),
        legalBasis: text('legalBasis') as LegalBasis,
        indication: text('indication') || null,
        dueOn: text('dueOn'),
        asksMeasuresDossier: form.get('asksMeasuresDossier') === 'on',
      });
      await navigate(`/supervision/requests/${sent.id}`);
    } catch (e) {
      const code = isApiError(e) ? e.code : 'unknown';
      const field = isApiError(e) ? e.problem.invalidParams?.[0]?.name.replace(/^body\./, '') : undefined;
      const fieldLabel = field ? t(`supervision.fields.${field}`, { defaultValue: '' }) : '';
      setFailed(`${t(`errors.${code}`, { defaultValue: t('errors.unknown') })}${fieldLabel ? ` (${fieldLabel})` : ''}`);
    }
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="send-heading">
      <h2 className="utrecht-heading-2" id="send-heading">
        {t('supervision.send')}
      </h2>
      {failed && (
        <Alert type="error" live="alert">
          {failed}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate data-testid="send-request-form">
        <QueryState query={entities} empty={t('supervision.noEntities')}>
          {(page) => (
            <SelectField
              id="request-entity"
              name="entityId"
              label={t('supervision.fields.entityId')}
              options={page.items.map((e) => ({ value: e.id, label: e.name }))}
            />
          )}
        </QueryState>
        <TextField id="request-subject" name="subject" label={t('supervision.fields.subject')} />
        <TextAreaField id="request-question" name="question" label={t('supervision.fields.question')} />
        <SelectField
          id="request-basis"
          name="legalBasis"
          label={t('supervision.fields.legalBasis')}
          options={(Object.keys(LEGAL_BASES) as LegalBasis[]).map((b) => ({
            value: b,
            label: `${t(`supervision.legalBases.${b}`)} (${cite(LEGAL_BASES[b])})`,
          }))}
        />
        <TextAreaField
          id="request-indication"
          name="indication"
          label={t('supervision.fields.indication')}
          hint={t('supervision.indicationHint')}
          optional
        />
        <TextField id="request-due" name="dueOn" type="date" label={t('supervision.fields.dueOn')} />
        <CheckboxField
          id="request-dossier"
          name="asksMeasuresDossier"
          label={t('supervision.fields.asksMeasuresDossier')}
          defaultChecked
        />
        <SubmitButton busy={send.isPending} busyLabel={t('common.saving')}>
          {t('supervision.sendButton')}
        </SubmitButton>
      </form>
    </section>
  );
}
