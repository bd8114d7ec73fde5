import { PLAN_KINDS, type PlanKind } from '@weerbaar/core/continuity';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { formatDate } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useContinuityPlans, useCreatePlan, useServices } from './continuity-plans-api.ts';
import { PackPanel } from './PackPanel.tsx';

/** The plans: one continuity plan per critical service and the crisis protocols, the offline pack, a new plan. */
export function ContinuityPlansPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const plans = useContinuityPlans();
  const canWrite = useCan('risk:write');

  return (
    <Page title={t('continuityPlans.title')} lead={t('continuityPlans.lead')}>
      <PackPanel />
      <section className="weerbaar-section" aria-labelledby="plans-heading">
        <h2 className="utrecht-heading-2" id="plans-heading">
          {t('continuityPlans.list.title')}
        </h2>
        {plans.data === undefined ? (
          <QueryState query={plans} />
        ) : plans.data.length === 0 ? (
          <p className="utrecht-paragraph">{t('continuityPlans.list.empty')}</p>
        ) : (
          <table className="utrecht-table utrecht-table--html-table" data-testid="plans-table">
            <caption className="utrecht-table__caption">{t('continuityPlans.list.caption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('continuityPlans.list.plan')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('continuityPlans.list.kind')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('continuityPlans.list.service')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('continuityPlans.list.version')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('continuityPlans.list.review')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {plans.data.map((p) => (
                <tr className="utrecht-table__row" key={p.id}>
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link utrecht-link--html-a" to={`/continuity-plans/${p.id}`}>
                      {p.title}
                    </Link>
                    {p.incidentResponsePlan && ` (${t('continuityPlans.irp.short')})`}
                  </td>
                  <td className="utrecht-table__cell">{t(`continuityPlans.kinds.${p.kind}`)}</td>
                  <td className="utrecht-table__cell">{p.serviceName ?? t('common.none')}</td>
                  <td className="utrecht-table__cell">
                    {p.approvedVersion === null
                      ? t('continuityPlans.list.notApproved')
                      : t('continuityPlans.list.approvedVersion', { version: p.approvedVersion })}
                    {p.draftVersion !== null && `; ${t('continuityPlans.list.draft', { version: p.draftVersion })}`}
                  </td>
                  <td className="utrecht-table__cell">
                    {p.nextReviewOn ? formatDate(p.nextReviewOn, locale) : t('common.none')}
                    {p.reviewDue && ` (${t('continuityPlans.list.reviewDue')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {canWrite && <NewPlanForm />}
    </Page>
  );
}

function NewPlanForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const services = useServices();
  const create = useCreatePlan();
  const [kind, setKind] = useState<PlanKind>('continuity');
  const fields = {
    kind: { id: 'new-plan-kind', label: t('continuityPlans.new.kind') },
    serviceId: { id: 'new-plan-service', label: t('continuityPlans.new.service') },
    title: { id: 'new-plan-title', label: t('continuityPlans.new.planTitle') },
    incidentResponsePlan: { id: 'new-plan-irp', label: t('continuityPlans.irp.mark') },
  };
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const title = String(data.get('title') ?? '').trim();
    const serviceId = kind === 'continuity' ? String(data.get('serviceId') ?? '') : null;
    const missing: Record<string, string> = {
      ...(kind === 'continuity' && !serviceId ? { serviceId: t('continuityPlans.new.serviceRequired') } : {}),
      ...(title === '' ? { title: t('continuityPlans.new.titleRequired') } : {}),
    };
    form.setErrors({ fields: missing });
    if (Object.keys(missing).length > 0) return;
    create
      .mutateAsync({ kind, title, serviceId, incidentResponsePlan: kind === 'crisis' && data.get('irp') === 'on' })
      .then((plan) => navigate(`/continuity-plans/${plan.id}`), form.fromProblem);
  }

  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="new-plan-heading">
      <h2 className="utrecht-heading-2" id="new-plan-heading">
        {t('continuityPlans.new.title')}
      </h2>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <SelectField
          id="new-plan-kind"
          name="kind"
          label={t('continuityPlans.new.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as PlanKind)}
          options={PLAN_KINDS.map((k) => ({ value: k, label: t(`continuityPlans.kinds.${k}`) }))}
        />
        {kind === 'continuity' && (
          <SelectField
            id="new-plan-service"
            name="serviceId"
            label={t('continuityPlans.new.service')}
            hint={t('continuityPlans.new.serviceHint')}
            error={form.errors.fields.serviceId}
            options={[
              { value: '', label: t('continuityPlans.new.chooseService') },
              ...(services.data ?? []).map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
        )}
        <TextField
          id="new-plan-title"
          name="title"
          label={t('continuityPlans.new.planTitle')}
          maxLength={200}
          error={form.errors.fields.title}
        />
        {kind === 'crisis' && (
          <CheckboxField id="new-plan-irp" name="irp" label={t('continuityPlans.irp.mark')} defaultChecked={false} />
        )}
        <div className="weerbaar-actions">
          <SubmitButton busy={create.isPending} busyLabel={t('common.saving')}>
            {t('continuityPlans.new.submit')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
