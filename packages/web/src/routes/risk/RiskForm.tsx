import {
  TREATMENT_STRATEGIES,
  type MeasureRef,
  type Risk,
  type RiskMatrix,
  type ScoresInput,
  type TreatmentInput,
} from '@weerbaar/core/risk';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/use-can.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';

type FieldName =
  | 'title'
  | 'owner'
  | 'inherent.likelihood'
  | 'inherent.impacts'
  | 'existingMeasures'
  | 'residual.likelihood'
  | 'residual.impacts'
  | 'treatment.strategy'
  | 'treatment.owner'
  | 'treatment.dueOn'
  | 'treatment.justification'
  | 'nextReviewOn';

export interface RiskFormValues {
  title: string;
  owner: string | null;
  inherent: ScoresInput;
  existingMeasures: MeasureRef[];
  residual: ScoresInput | null;
  treatment: TreatmentInput | null;
  nextReviewOn?: string;
}

interface RiskFormProps {
  idPrefix: string;
  matrix: RiskMatrix;
  risk?: Risk;
  /** A title the caller controls (the scenario builder proposes one from the crown jewel and threat). */
  title?: { value: string; onChange: (value: string) => void };
  busy: boolean;
  submitLabel: string;
  /** Fields shown before the scoring (the builder's steps); their names are read by the caller. */
  before?: ReactNode;
  /** Fields of `before` that the caller checks (name → id and label), with the check itself. */
  extra?: { fields: Record<string, { id: string; label: string }>; check: () => Record<string, string> };
  /** Numbers the scoring steps after the builder's. */
  firstStep?: number;
  onSave: (values: RiskFormValues, form: HTMLFormElement) => Promise<unknown>;
}

/** "M-12: Offline back-ups" per line → measure references (the measures module links them later). */
export function parseMeasures(text: string): MeasureRef[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      const match = /^([^:]{1,100}):\s*(.+)$/.exec(line);
      return match ? { ref: match[1]!.trim(), title: match[2]!.trim() } : { ref: `M${i + 1}`, title: line };
    });
}

const measuresText = (m: readonly MeasureRef[]) => m.map((x) => `${x.ref}: ${x.title}`).join('\n');

function readScores(v: Record<string, string>, prefix: string, matrix: RiskMatrix): ScoresInput | null {
  const likelihood = Number(v[`${prefix}.likelihood`] || 0);
  const impacts: Record<string, number> = {};
  for (const d of matrix.dimensions) {
    const value = Number(v[`${prefix}.impacts.${d.key}`] || 0);
    if (value > 0) impacts[d.key] = value;
  }
  if (likelihood === 0 && Object.keys(impacts).length === 0) return null;
  return { likelihood, impacts };
}

/** Likelihood × impact per dimension, on the organisation's matrix (the risk's inherent or residual scores). */
export function RiskForm(props: RiskFormProps) {
  const { idPrefix, matrix, risk, busy, submitLabel, before, firstStep = 1, onSave } = props;
  const { t } = useTranslation();
  const canAccept = useCan('risk:accept');
  const scoreFields = (prefix: string) => [
    `${prefix}.likelihood`,
    `${prefix}.impacts`,
    ...matrix.dimensions.map((d) => `${prefix}.impacts.${d.key}`),
  ];
  const names = [
    'title',
    'owner',
    ...scoreFields('inherent'),
    'existingMeasures',
    ...scoreFields('residual'),
    'treatment.strategy',
    'treatment.owner',
    'treatment.dueOn',
    'treatment.justification',
    'nextReviewOn',
  ];
  const form = useFormErrors(names);
  const id = (name: string) => `${idPrefix}-${name.replaceAll('.', '-')}`;
  const labelOf = (name: string): string => {
    const dim = /^(inherent|residual)\.impacts\.(.+)$/.exec(name);
    if (dim) {
      const which = dim[1] as 'inherent' | 'residual';
      return `${t(`risk.form.${which}`)}: ${matrix.dimensions.find((d) => d.key === dim[2])?.label ?? dim[2]}`;
    }
    return t(`risk.fields.${name as FieldName}`);
  };
  const fields = {
    ...props.extra?.fields,
    ...Object.fromEntries(names.map((n) => [n, { id: id(n), label: labelOf(n) }])),
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const inherent = readScores(v, 'inherent', matrix) ?? { likelihood: 0, impacts: {} };
    const strategy = v['treatment.strategy'];
    const values: RiskFormValues = {
      title: (v.title ?? '').trim(),
      owner: v.owner?.trim() || null,
      inherent,
      existingMeasures: parseMeasures(v.existingMeasures ?? ''),
      residual: readScores(v, 'residual', matrix),
      treatment: strategy
        ? {
            strategy: strategy as TreatmentInput['strategy'],
            owner: (v['treatment.owner'] ?? '').trim(),
            dueOn: v['treatment.dueOn'] || null,
            justification: (v['treatment.justification'] ?? '').trim(),
          }
        : null,
      ...(v.nextReviewOn ? { nextReviewOn: v.nextReviewOn } : {}),
    };
    const missing: Record<string, string> = { ...props.extra?.check() };
    if (!values.title) missing.title = t('validation.required');
    if (!inherent.likelihood) missing['inherent.likelihood'] = t('validation.required');
    if (Object.keys(inherent.impacts).length === 0)
      missing[`inherent.impacts.${matrix.dimensions[0]!.key}`] = t('risk.form.scoreOne');
    if (values.treatment && !values.treatment.owner) missing['treatment.owner'] = t('validation.required');
    if (Object.keys(missing).length > 0) {
      form.setErrors({ fields: missing });
      return;
    }
    form.clear();
    onSave(values, element).catch((error: unknown) => form.fromProblem(error));
  }

  const scoreFieldset = (prefix: 'inherent' | 'residual', step: number, scores: Risk['inherent'] | null) => (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t('risk.form.step', { step })} {t(`risk.form.${prefix}`)}
      </legend>
      <p className="utrecht-paragraph">{t(`risk.form.${prefix}Hint`)}</p>
      <SelectField
        {...fields[`${prefix}.likelihood`]!}
        name={`${prefix}.likelihood`}
        defaultValue={scores ? String(scores.likelihood) : ''}
        options={[
          { value: '', label: prefix === 'residual' ? t('risk.form.notScored') : t('risk.form.choose') },
          ...matrix.likelihood.map((l) => ({ value: String(l.level), label: `${l.level}. ${l.label}` })),
        ]}
        error={form.errors.fields[`${prefix}.likelihood`]}
      />
      {matrix.dimensions.map((d) => (
        <SelectField
          key={d.key}
          {...fields[`${prefix}.impacts.${d.key}`]!}
          name={`${prefix}.impacts.${d.key}`}
          defaultValue={scores?.impacts[d.key] ? String(scores.impacts[d.key]) : ''}
          options={[
            { value: '', label: t('risk.form.notScored') },
            ...matrix.impact.map((l) => ({ value: String(l.level), label: `${l.level}. ${l.label}` })),
          ]}
          error={form.errors.fields[`${prefix}.impacts.${d.key}`]}
        />
      ))}
    </fieldset>
  );

  const strategies = TREATMENT_STRATEGIES.filter(
    (s) => s !== 'accept' || canAccept || risk?.treatment?.strategy === 'accept',
  );
  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        {before}
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('risk.form.step', { step: firstStep })} {t('risk.form.describe')}
          </legend>
          <TextField
            {...fields.title!}
            name="title"
            maxLength={200}
            autoComplete="off"
            {...(props.title
              ? { value: props.title.value, onChange: (e) => props.title!.onChange(e.target.value) }
              : { defaultValue: risk?.title ?? '' })}
            error={form.errors.fields.title}
          />
          <TextField
            {...fields.owner!}
            name="owner"
            optional
            maxLength={200}
            defaultValue={risk?.owner ?? ''}
            hint={t('risk.form.ownerHint')}
            error={form.errors.fields.owner}
          />
        </fieldset>
        {scoreFieldset('inherent', firstStep + 1, risk?.inherent ?? null)}
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('risk.form.step', { step: firstStep + 2 })} {t('risk.fields.existingMeasures')}
          </legend>
          <TextAreaField
            {...fields.existingMeasures!}
            name="existingMeasures"
            optional
            rows={3}
            defaultValue={risk ? measuresText(risk.existingMeasures) : ''}
            hint={t('risk.form.measuresHint')}
            error={form.errors.fields.existingMeasures}
          />
        </fieldset>
        {scoreFieldset('residual', firstStep + 3, risk?.residual ?? null)}
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('risk.form.step', { step: firstStep + 4 })} {t('risk.form.treatment')}
          </legend>
          <SelectField
            {...fields['treatment.strategy']!}
            name="treatment.strategy"
            defaultValue={risk?.treatment?.strategy ?? ''}
            hint={canAccept ? t('risk.form.strategyHint') : t('risk.form.acceptNotAllowed')}
            options={[
              { value: '', label: t('risk.form.noTreatment') },
              ...strategies.map((s) => ({ value: s, label: t(`risk.strategies.${s}`) })),
            ]}
            error={form.errors.fields['treatment.strategy']}
          />
          <TextField
            {...fields['treatment.owner']!}
            name="treatment.owner"
            optional
            maxLength={200}
            defaultValue={risk?.treatment?.owner ?? ''}
            error={form.errors.fields['treatment.owner']}
          />
          <TextField
            {...fields['treatment.dueOn']!}
            name="treatment.dueOn"
            type="date"
            optional
            defaultValue={risk?.treatment?.dueOn ?? ''}
            error={form.errors.fields['treatment.dueOn']}
          />
          <TextAreaField
            {...fields['treatment.justification']!}
            name="treatment.justification"
            optional
            rows={3}
            maxLength={4000}
            defaultValue={risk?.treatment?.justification ?? ''}
            hint={t('risk.form.justificationHint')}
            error={form.errors.fields['treatment.justification']}
          />
          <TextField
            {...fields.nextReviewOn!}
            name="nextReviewOn"
            type="date"
            optional
            defaultValue=""
            hint={t('risk.form.nextReviewHint', { months: matrix.reviewIntervalMonths })}
            error={form.errors.fields.nextReviewOn}
          />
        </fieldset>
        <div className="weerbaar-actions">
          <SubmitButton busy={busy} busyLabel={t('common.saving')}>
            {submitLabel}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
