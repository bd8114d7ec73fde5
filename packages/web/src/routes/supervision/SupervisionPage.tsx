import { InformationRequestCreateSchema, LEGAL_BASES, type LegalBasis } from '@weerbaar/core/supervision';
import type { FormEvent } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRegistryEntities } from '../../api/registry.ts';
import { useActiveMembership } from '../../auth/use-current-session.ts';
import { useCan } from '../../auth/use-can.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { DataTable } from '../../components/DataTable.tsx';
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
import { currentLocale } from '../../i18n/index.ts';
import { AuthoritySettings } from './AuthoritySettings.tsx';
import { requestBody } from './supervision-forms.ts';
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

/** Field name → input id (the ids the e2e journey and the error summary's links use). */
const REQUEST_FIELDS = {
  entityId: 'request-entity',
  subject: 'request-subject',
  question: 'request-question',
  legalBasis: 'request-basis',
  indication: 'request-indication',
  dueOn: 'request-due',
  asksMeasuresDossier: 'request-dossier',
} as const;

function SendRequestForm() {
  const { t } = useTranslation();
  const canSend = useCan('supervision:send');
  const entities = useRegistryEntities({}, 1);
  const send = useSendRequest();
  const navigate = useNavigate();
  const fields = Object.fromEntries(
    Object.entries(REQUEST_FIELDS).map(([f, id]) => [f, { id, label: t(`supervision.fields.${f}` as ParseKeys) }]),
  ) as Record<keyof typeof REQUEST_FIELDS, { id: string; label: string }>;
  const form = useFormErrors(fields);
  if (!canSend) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const values = requestBody(formValues(event.currentTarget));
    if (!form.check(InformationRequestCreateSchema, values)) return;
    send
      .mutateAsync(values)
      .then((sent) => navigate(`/supervision/requests/${sent.id}`))
      .catch(form.fromProblem);
  }
  const err = (name: string) => form.errors.fields[name];

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="send-heading">
      <h2 className="utrecht-heading-2" id="send-heading">
        {t('supervision.send')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form onSubmit={onSubmit} noValidate data-testid="send-request-form">
        <QueryState query={entities} empty={t('supervision.noEntities')}>
          {(page) => (
            <SelectField
              {...fields.entityId}
              name="entityId"
              error={err('entityId')}
              options={page.items.map((e) => ({ value: e.id, label: e.name }))}
            />
          )}
        </QueryState>
        <TextField {...fields.subject} name="subject" maxLength={200} error={err('subject')} />
        <TextAreaField {...fields.question} name="question" maxLength={10_000} error={err('question')} />
        <SelectField
          {...fields.legalBasis}
          name="legalBasis"
          error={err('legalBasis')}
          options={(Object.keys(LEGAL_BASES) as LegalBasis[]).map((b) => ({
            value: b,
            label: `${t(`supervision.legalBases.${b}`)} (${cite(LEGAL_BASES[b])})`,
          }))}
        />
        <TextAreaField
          {...fields.indication}
          name="indication"
          maxLength={5_000}
          error={err('indication')}
          hint={t('supervision.indicationHint')}
          optional
        />
        <TextField {...fields.dueOn} name="dueOn" type="date" error={err('dueOn')} />
        <CheckboxField {...fields.asksMeasuresDossier} name="asksMeasuresDossier" defaultChecked />
        <SubmitButton busy={send.isPending} busyLabel={t('common.saving')}>
          {t('supervision.sendButton')}
        </SubmitButton>
      </form>
    </section>
  );
}
