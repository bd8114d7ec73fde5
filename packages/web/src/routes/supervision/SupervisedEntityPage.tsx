import type { FindingStatus } from '@weerbaar/core/supervision';
import { FindingCreateSchema, FINDING_SEVERITIES, FINDING_STATUSES } from '@weerbaar/core/supervision';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
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
import { sectorLabel } from '../../format/sector-label.ts';
import { currentLocale } from '../../i18n/index.ts';
import { findingBody } from './supervision-forms.ts';
import { findingColumns, requestColumns } from './supervision-labels.tsx';
import { useRecordFinding, useSupervisedEntity, useUpdateFinding } from './supervision-api.ts';

/** One entity under supervision: who supervises it per sector, the requests sent and the findings. */
export function SupervisedEntityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = currentLocale();
  const entity = useSupervisedEntity(id);
  const canSend = useCan('supervision:send');
  const update = useUpdateFinding();
  return (
    <QueryState query={entity}>
      {(e) => (
        <Page title={e.name} lead={e.onThisInstallation ? undefined : t('supervision.elsewhere')}>
          <section className="weerbaar-section" aria-labelledby="authorities-heading">
            <h2 className="utrecht-heading-2" id="authorities-heading">
              {t('supervision.authorities')}
            </h2>
            <DataTable
              caption={t('supervision.authorities')}
              testId="entity-authorities"
              rows={e.authorities}
              rowKey={(a) => a.sector}
              columns={[
                {
                  key: 'sector',
                  header: t('supervision.sector'),
                  rowHeader: 'header-cell',
                  cell: (a) => sectorLabel(a.sector, t),
                },
                {
                  key: 'competent',
                  header: t('supervision.competentAuthority'),
                  cell: (a) =>
                    `${a.competentAuthority ?? t('supervision.unknown')}${a.competentAuthoritySource ? ` (${cite(a.competentAuthoritySource)})` : ''}`,
                },
                {
                  key: 'supervisor',
                  header: t('supervision.supervisor'),
                  cell: (a) =>
                    `${a.supervisor ?? t('supervision.unknown')} — ${t(a.origin === 'configured' ? 'supervision.configured' : a.supervisorConfirmed ? 'supervision.defaultConfirmed' : 'supervision.defaultExpected')}`,
                },
              ]}
            />
            <p className="utrecht-paragraph">{t('supervision.authoritiesNote')}</p>
          </section>
          <section className="weerbaar-section" aria-labelledby="entity-requests-heading">
            <h2 className="utrecht-heading-2" id="entity-requests-heading">
              {t('supervision.requests')}
            </h2>
            {e.requests.length === 0 ? (
              <p className="utrecht-paragraph">{t('supervision.noRequests')}</p>
            ) : (
              <DataTable
                caption={t('supervision.requests')}
                columns={requestColumns(t, locale, 'sent')}
                rows={e.requests}
                rowKey={(r) => r.id}
              />
            )}
          </section>
          <section className="weerbaar-section" aria-labelledby="entity-findings-heading">
            <h2 className="utrecht-heading-2" id="entity-findings-heading">
              {t('supervision.findings')}
            </h2>
            {e.findings.length === 0 ? (
              <p className="utrecht-paragraph">{t('supervision.noFindings')}</p>
            ) : (
              <DataTable
                caption={t('supervision.findings')}
                rows={e.findings}
                rowKey={(f) => f.id}
                columns={[
                  ...findingColumns(t, locale, 'sent'),
                  ...(canSend
                    ? [
                        {
                          key: 'change',
                          header: t('supervision.changeStatus'),
                          cell: (f: (typeof e.findings)[number]) => (
                            <select
                              className="utrecht-select utrecht-select--html-select"
                              aria-label={t('supervision.changeStatusOf', { observation: f.observation.slice(0, 60) })}
                              value={f.status}
                              onChange={(ev) =>
                                update.mutate({
                                  id: f.id,
                                  status: ev.target.value as FindingStatus,
                                  followUpNote: f.followUpNote,
                                })
                              }
                            >
                              {FINDING_STATUSES.map((s) => (
                                <option key={s} value={s}>
                                  {t(`supervision.findingStatuses.${s}`)}
                                </option>
                              ))}
                            </select>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </section>
          {canSend && <FindingForm entityId={e.id} />}
        </Page>
      )}
    </QueryState>
  );
}

function FindingForm({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const record = useRecordFinding();
  const fields = {
    observation: { id: 'finding-observation', label: t('supervision.observation') },
    severity: { id: 'finding-severity', label: t('supervision.severity') },
    followUpDueOn: { id: 'finding-due', label: t('supervision.followUpDueOn') },
  };
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const formElement = event.currentTarget;
    const values = findingBody(entityId, formValues(formElement));
    if (!form.check(FindingCreateSchema, values)) return;
    record
      .mutateAsync(values)
      .then(() => formElement.reset())
      .catch(form.fromProblem);
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="finding-heading">
      <h2 className="utrecht-heading-2" id="finding-heading">
        {t('supervision.recordFinding')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form onSubmit={onSubmit} noValidate data-testid="finding-form">
        <TextAreaField
          {...fields.observation}
          name="observation"
          maxLength={10_000}
          error={form.errors.fields.observation}
        />
        <SelectField
          {...fields.severity}
          name="severity"
          error={form.errors.fields.severity}
          options={FINDING_SEVERITIES.map((s) => ({ value: s, label: t(`supervision.severities.${s}`) }))}
        />
        <TextField
          {...fields.followUpDueOn}
          name="followUpDueOn"
          type="date"
          error={form.errors.fields.followUpDueOn}
        />
        <SubmitButton busy={record.isPending} busyLabel={t('common.saving')}>
          {t('supervision.recordFinding')}
        </SubmitButton>
      </form>
    </section>
  );
}
