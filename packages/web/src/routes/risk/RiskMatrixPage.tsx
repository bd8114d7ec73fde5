import { RiskMatrixConfigSchema, type RiskMatrix, type RiskMatrixConfig } from '@weerbaar/core/risk';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { RiskHeatmap } from './RiskHeatmap.tsx';
import { useChangeRiskMatrix, useRiskMatrix } from './risk-api.ts';

/** A new dimension's key from its label: "Ketenpartners" → "ketenpartners". */
const keyOf = (label: string) =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^([^a-z])/, 'd-$1')
    .slice(0, 40);

/** The organisation's risk matrix: scale labels, colour bands, impact dimensions and review interval. */
export function RiskMatrixPage() {
  const { t } = useTranslation();
  const matrix = useRiskMatrix();
  const canWrite = useCan('risk:write');
  return (
    <Page title={t('risk.matrix.title')} lead={t('risk.matrix.intro')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/risks">
          {t('risk.detail.back')}
        </Link>
      </p>
      <QueryState query={matrix}>
        {(m) => (
          <>
            <p className="utrecht-paragraph" data-testid="matrix-kind">
              {m.custom ? t('risk.matrix.custom') : t('risk.matrix.default')}
            </p>
            <RiskHeatmap
              id="matrix-preview"
              caption={t('risk.matrix.preview')}
              matrix={m}
              risks={[]}
              which="inherent"
            />
            {canWrite && <MatrixForm key={JSON.stringify(m)} matrix={m} />}
          </>
        )}
      </QueryState>
    </Page>
  );
}

function MatrixForm({ matrix }: { matrix: RiskMatrix }) {
  const { t } = useTranslation();
  const change = useChangeRiskMatrix();
  const [message, setMessage] = useState<string>();
  const names = [
    'reviewIntervalMonths',
    ...matrix.likelihood.map((_, i) => `likelihood.${i}.label`),
    ...matrix.impact.map((_, i) => `impact.${i}.label`),
    ...matrix.bands.flatMap((_, i) => [`bands.${i}.label`, `bands.${i}.minScore`, `bands.${i}.colour`]),
    ...matrix.dimensions.map((_, i) => `dimensions.${i}.label`),
    'dimensions',
    'newDimension',
  ];
  const form = useFormErrors(names);
  const fieldId = (n: string) => `matrix-${n.replaceAll('.', '-')}`;
  const label = (n: string): string => {
    const [group, index, part] = n.split('.');
    if (group === 'likelihood' || group === 'impact')
      return t(`risk.matrix.${group}Level`, { level: Number(index) + 1 });
    if (group === 'bands')
      return `${t('risk.matrix.band', { n: Number(index) + 1 })}: ${t(`risk.matrix.bandParts.${part as 'label' | 'minScore' | 'colour'}`)}`;
    if (group === 'dimensions' && index !== undefined) return t('risk.matrix.dimension', { n: Number(index) + 1 });
    return t(`risk.matrix.fields.${n as 'reviewIntervalMonths' | 'dimensions' | 'newDimension'}`);
  };
  const fields = Object.fromEntries(names.map((n) => [n, { id: fieldId(n), label: label(n) }]));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    const kept = matrix.dimensions
      .map((d, i) => ({
        key: d.key,
        label: (v[`dimensions.${i}.label`] ?? '').trim(),
        keep: v[`dimensions.${i}.keep`] === 'on',
      }))
      .filter((d) => d.keep)
      .map(({ key, label: l }) => ({ key, label: l }));
    const added = (v.newDimension ?? '').trim();
    const config: RiskMatrixConfig = {
      likelihood: matrix.likelihood.map((l, i) => ({
        level: l.level,
        label: (v[`likelihood.${i}.label`] ?? '').trim(),
      })),
      impact: matrix.impact.map((l, i) => ({ level: l.level, label: (v[`impact.${i}.label`] ?? '').trim() })),
      bands: matrix.bands.map((b, i) => ({
        key: b.key,
        label: (v[`bands.${i}.label`] ?? '').trim(),
        colour: v[`bands.${i}.colour`] ?? b.colour,
        minScore: Number(v[`bands.${i}.minScore`]),
      })),
      dimensions: added ? [...kept, { key: keyOf(added), label: added }] : kept,
      reviewIntervalMonths: Number(v.reviewIntervalMonths),
    };
    if (!form.check(RiskMatrixConfigSchema, config)) return;
    change.mutateAsync(config).then(
      () => setMessage(t('risk.matrix.saved')),
      (error: unknown) => form.fromProblem(error),
    );
  }

  const text = (n: string, defaultValue: string) => (
    <TextField
      {...fields[n]!}
      key={n}
      name={n}
      defaultValue={defaultValue}
      maxLength={80}
      error={form.errors.fields[n]}
    />
  );
  const legend = (key: string) => (
    <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      {t(key as 'risk.matrix.title')}
    </legend>
  );
  return (
    <section className="weerbaar-section weerbaar-panel" aria-labelledby="matrix-edit-heading">
      <h2 className="utrecht-heading-2" id="matrix-edit-heading">
        {t('risk.matrix.editTitle')}
      </h2>
      <LiveMessage message={message} />
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.reviewIntervalMonths!}
          name="reviewIntervalMonths"
          type="number"
          min={1}
          max={48}
          defaultValue={String(matrix.reviewIntervalMonths)}
          hint={t('risk.matrix.reviewHint')}
          error={form.errors.fields.reviewIntervalMonths}
        />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          {legend('risk.matrix.likelihood')}
          {matrix.likelihood.map((l, i) => text(`likelihood.${i}.label`, l.label))}
        </fieldset>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          {legend('risk.matrix.impact')}
          {matrix.impact.map((l, i) => text(`impact.${i}.label`, l.label))}
        </fieldset>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          {legend('risk.matrix.bands')}
          <p className="utrecht-paragraph">
            {t('risk.matrix.bandsHint', { max: matrix.likelihood.length * matrix.impact.length })}
          </p>
          {matrix.bands.map((b, i) => (
            <div key={b.key}>
              {text(`bands.${i}.label`, b.label)}
              <TextField
                {...fields[`bands.${i}.minScore`]!}
                name={`bands.${i}.minScore`}
                type="number"
                min={1}
                defaultValue={String(b.minScore)}
                error={form.errors.fields[`bands.${i}.minScore`]}
              />
              <TextField
                {...fields[`bands.${i}.colour`]!}
                name={`bands.${i}.colour`}
                type="color"
                defaultValue={b.colour}
                error={form.errors.fields[`bands.${i}.colour`]}
              />
            </div>
          ))}
        </fieldset>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          {legend('risk.matrix.dimensions')}
          <p className="utrecht-paragraph">{t('risk.matrix.dimensionsHint')}</p>
          {matrix.dimensions.map((d, i) => (
            <div key={d.key}>
              {text(`dimensions.${i}.label`, d.label)}
              <div className="utrecht-form-field utrecht-form-field--checkbox">
                <input
                  id={`matrix-dimensions-${i}-keep`}
                  name={`dimensions.${i}.keep`}
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  defaultChecked
                />
                <label
                  className="utrecht-form-label utrecht-form-label--checkbox"
                  htmlFor={`matrix-dimensions-${i}-keep`}
                >
                  {t('risk.matrix.keep', { label: d.label })}
                </label>
              </div>
            </div>
          ))}
          <TextField
            {...fields.newDimension!}
            name="newDimension"
            optional
            maxLength={80}
            defaultValue=""
            error={form.errors.fields.newDimension ?? form.errors.fields.dimensions}
          />
        </fieldset>
        <div className="weerbaar-actions">
          <SubmitButton busy={change.isPending} busyLabel={t('common.saving')}>
            {t('common.save')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
