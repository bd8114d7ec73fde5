import {
  PHYSICAL_EFFECT_KINDS,
  PHYSICAL_EFFECT_LEVELS,
  type BiaWarning,
  type BusinessImpactInput,
  type BusinessImpactView,
  type PhysicalEffectLevel,
} from '@weerbaar/core/continuity';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useCan } from '../../auth/use-can.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useBusinessImpact, useRecordBusinessImpact } from './continuity-api.ts';

const hoursOrNull = (value: FormDataEntryValue | null): number | null =>
  value === null || String(value).trim() === '' ? null : Number(value);

/** One service's analysis: its warnings first, then what it depends on, then the form for those who may. */
export function BusinessImpactDetailPage() {
  const { t } = useTranslation();
  const { assetId = '' } = useParams();
  const view = useBusinessImpact(assetId);
  if (view.data === undefined) return <QueryState query={view} />;
  return (
    <BusinessImpactDetail
      view={view.data}
      key={view.data.analysis?.updatedAt ?? 'new'}
      title={t('bia.open', { name: view.data.asset.name })}
    />
  );
}

function BusinessImpactDetail({ view, title }: { view: BusinessImpactView; title: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('risk:write');
  const record = useRecordBusinessImpact(view.asset.id);
  const [message, setMessage] = useState<string>();
  const isService = view.asset.kind === 'service';
  // Per field, in Dutch: the server's invalid params land on the field they name (physicalEffects.* on its
  // selects), anything else in the summary.
  const fields = {
    ...(isService ? { maxTolerableDowntimeHours: { id: 'bia-mtpd', label: t('bia.mtpd') } } : {}),
    rtoHours: { id: 'bia-rto', label: t('bia.rto') },
    rpoHours: { id: 'bia-rpo', label: t('bia.rpo') },
    ...(isService
      ? {
          minimumServiceLevel: { id: 'bia-minimum', label: t('bia.minimumServiceLevel') },
          peakPeriods: { id: 'bia-peaks', label: t('bia.peakPeriods') },
          'physicalEffects.safety': { id: 'bia-safety', label: t('bia.safety') },
          'physicalEffects.health': { id: 'bia-health', label: t('bia.health') },
          'physicalEffects.environment': { id: 'bia-environment', label: t('bia.environment') },
          'physicalEffects.description': { id: 'bia-effects', label: t('bia.effectsDescription') },
        }
      : {}),
  };
  const errors = useFormErrors(fields);
  const fieldError = (name: string) => errors.errors.fields[name];
  const names = new Map(view.dependencies.map((d) => [d.asset.id, d.asset.name]));
  const a = view.analysis;
  const hours = (h: number | null) => (h === null ? t('bia.unknown') : t('bia.hours', { count: h }));

  const warningText = (w: BiaWarning) =>
    t(`bia.warningCodes.${w.code}`, {
      name: w.assetId ? (names.get(w.assetId) ?? '') : view.asset.name,
      hours: w.hours ?? '',
      tolerance: w.toleranceHours ?? '',
    });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const form = new FormData(event.currentTarget);
    const body: BusinessImpactInput = {
      rtoHours: hoursOrNull(form.get('rtoHours')),
      rpoHours: hoursOrNull(form.get('rpoHours')),
    };
    if (isService) {
      body.maxTolerableDowntimeHours = hoursOrNull(form.get('maxTolerableDowntimeHours'));
      body.minimumServiceLevel = String(form.get('minimumServiceLevel') ?? '').trim() || null;
      body.peakPeriods = String(form.get('peakPeriods') ?? '')
        .split('\n')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      body.physicalEffects = {
        safety: form.get('safety') as PhysicalEffectLevel,
        health: form.get('health') as PhysicalEffectLevel,
        environment: form.get('environment') as PhysicalEffectLevel,
        description: String(form.get('effectsDescription') ?? '').trim() || null,
      };
    }
    errors.clear();
    try {
      await record.mutateAsync(body);
      setMessage(t('bia.saved'));
    } catch (e) {
      errors.fromProblem(e);
    }
  }

  const levelOptions = PHYSICAL_EFFECT_LEVELS.map((l) => ({ value: l, label: t(`bia.levels.${l}`) }));
  return (
    <Page title={title}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/continuity/business-impact">
          {t('bia.title')}
        </Link>
        {' · '}
        <Link className="utrecht-link utrecht-link--html-a" to={`/assets/${view.asset.id}`}>
          {view.asset.name}
        </Link>
      </p>
      <LiveMessage message={message} />
      <section className="weerbaar-section" aria-labelledby="bia-warnings-heading" data-testid="bia-warnings">
        <h2 className="utrecht-heading-2" id="bia-warnings-heading">
          {t('bia.warnings')}
        </h2>
        {!isService ? (
          <p className="utrecht-paragraph">{t('bia.assetOnly')}</p>
        ) : view.warnings.length === 0 ? (
          <p className="utrecht-paragraph">{t('bia.noWarnings')}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {view.warnings.map((w, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                <strong>{t(`bia.severity.${w.severity}`)}:</strong> {warningText(w)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="weerbaar-section" aria-labelledby="bia-deps-heading">
        <h2 className="utrecht-heading-2" id="bia-deps-heading">
          {t('bia.dependencies')}
        </h2>
        <div className="weerbaar-table-scroll">
          <table className="utrecht-table" data-testid="bia-dependencies">
            <caption className="utrecht-table__caption">{t('bia.dependencies')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('bia.dependency')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('bia.hops')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('bia.recovery')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('bia.supplier')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('bia.alternative')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {view.dependencies.map((d) => (
                <tr className="utrecht-table__row" key={d.asset.id}>
                  <th className="utrecht-table__header-cell" scope="row">
                    <Link
                      className="utrecht-link utrecht-link--html-a"
                      to={`/continuity/business-impact/${d.asset.id}`}
                    >
                      {d.asset.name}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">{d.hops}</td>
                  <td className="utrecht-table__cell">
                    {hours(d.recoveryHours)}
                    {d.recoverySource && ` (${t(`bia.recoverySources.${d.recoverySource}`)})`}
                  </td>
                  <td className="utrecht-table__cell">
                    {d.supplier ? (
                      <Link className="utrecht-link utrecht-link--html-a" to={`/suppliers/${d.supplier.id}`}>
                        {d.supplier.name}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="utrecht-table__cell">
                    {d.alternative
                      ? `${d.alternative.supplier.name}, ${t('bia.switchOver', { hours: hours(d.alternative.switchOverHours) })}`
                      : t('bia.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {canWrite && (
        <section className="weerbaar-section weerbaar-panel" aria-labelledby="bia-edit-heading">
          <h2 className="utrecht-heading-2" id="bia-edit-heading">
            {t('bia.title')}
          </h2>
          <ErrorSummary errors={errors.errors} fields={fields} />
          <form onSubmit={onSubmit} noValidate data-testid="bia-form">
            {isService && (
              <TextField
                id="bia-mtpd"
                name="maxTolerableDowntimeHours"
                error={fieldError('maxTolerableDowntimeHours')}
                label={t('bia.mtpd')}
                hint={t('bia.mtpdHelp')}
                inputMode="numeric"
                optional
                defaultValue={view.maxTolerableDowntimeHours ?? ''}
              />
            )}
            <TextField
              id="bia-rto"
              name="rtoHours"
              error={fieldError('rtoHours')}
              label={t('bia.rto')}
              hint={t('bia.rtoHelp')}
              inputMode="numeric"
              optional
              defaultValue={a?.rtoHours ?? ''}
            />
            <TextField
              id="bia-rpo"
              name="rpoHours"
              error={fieldError('rpoHours')}
              label={t('bia.rpo')}
              hint={t('bia.rpoHelp')}
              inputMode="numeric"
              optional
              defaultValue={a?.rpoHours ?? ''}
            />
            {isService && (
              <>
                <TextAreaField
                  id="bia-minimum"
                  name="minimumServiceLevel"
                  error={fieldError('minimumServiceLevel')}
                  label={t('bia.minimumServiceLevel')}
                  optional
                  defaultValue={a?.minimumServiceLevel ?? ''}
                />
                <TextAreaField
                  id="bia-peaks"
                  name="peakPeriods"
                  error={fieldError('peakPeriods')}
                  label={t('bia.peakPeriods')}
                  optional
                  defaultValue={a?.peakPeriods.join('\n') ?? ''}
                />
                <fieldset className="utrecht-form-fieldset">
                  <legend className="utrecht-form-fieldset__legend">{t('bia.physicalEffects')}</legend>
                  {PHYSICAL_EFFECT_KINDS.map((kind) => (
                    <SelectField
                      key={kind}
                      id={`bia-${kind}`}
                      name={kind}
                      error={fieldError(`physicalEffects.${kind}`)}
                      label={t(`bia.${kind}`)}
                      options={levelOptions}
                      defaultValue={a?.physicalEffects?.[kind] ?? 'none'}
                    />
                  ))}
                  <TextAreaField
                    id="bia-effects"
                    name="effectsDescription"
                    error={fieldError('physicalEffects.description')}
                    label={t('bia.effectsDescription')}
                    optional
                    defaultValue={a?.physicalEffects?.description ?? ''}
                  />
                </fieldset>
              </>
            )}
            <SubmitButton busy={record.isPending} busyLabel={t('common.saving')}>
              {t('bia.save')}
            </SubmitButton>
          </form>
        </section>
      )}
    </Page>
  );
}
