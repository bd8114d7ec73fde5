import { INCIDENT_CATEGORIES } from '@weerbaar/core/incidents';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Page } from '../../components/Page.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { toDutchInputValue, fromDutchInputValue } from './amsterdam-input.ts';
import { AnswerGroup } from './AnswerGroup.tsx';
import { readAnswers } from './fact-answers.ts';
import { FORM_LABELLED, IMPACT_FACT_INPUTS } from './impact-fact-labels.ts';
import { useAssetList } from '../assets/assets-api.ts';
import { useCreateIncident } from './incidents-api.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import './incidents.css';

// The impact facts this form asks, in the wording the significance panel reuses (impact-fact-labels.ts).
const ANSWERS = FORM_LABELLED.filter((fact) => IMPACT_FACT_INPUTS[fact].kind === 'flag');
const NUMBERS = FORM_LABELLED.filter((fact) => IMPACT_FACT_INPUTS[fact].kind !== 'flag');

/** Records a new incident; the platform then proposes whether it is significant. */
export function NewIncidentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const assets = useAssetList({});
  const create = useCreateIncident();
  const [assetIds, setAssetIds] = useState<string[]>([]);
  const fields = {
    title: { id: 'incident-title', label: t('incidents.form.titleLabel') },
    category: { id: 'incident-category', label: t('incidents.form.category') },
    detectedAt: { id: 'incident-detected', label: t('incidents.form.detectedAt') },
    startedAt: { id: 'incident-started', label: t('incidents.form.startedAt') },
    description: { id: 'incident-description', label: t('incidents.form.description') },
    ...Object.fromEntries(
      NUMBERS.map((n) => [`impact.${n}`, { id: `incident-${n}`, label: t(`incidents.form.${n}`) }]),
    ),
    ...Object.fromEntries(
      ANSWERS.map((n) => [`impact.${n}`, { id: `incident-${n}-yes`, label: t(`incidents.form.${n}`) }]),
    ),
  } as Record<string, { id: string; label: string }>;
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const v = formValues(event.currentTarget);
    const problems: Record<string, string> = {};
    const detectedAt = fromDutchInputValue(v.detectedAt);
    if (!detectedAt) problems.detectedAt = t('validation.required');
    const startedAt = v.startedAt ? fromDutchInputValue(v.startedAt) : undefined;
    // Read the same way as the significance panel's answers ("1.200" is twelve hundred).
    const { impact, problems: impactProblems } = readAnswers(v, FORM_LABELLED, {}, t);
    Object.assign(problems, impactProblems);
    if (!v.title?.trim()) problems.title = t('validation.required');
    if (Object.keys(problems).length > 0) {
      form.setErrors({ fields: problems });
      return;
    }
    const body = {
      title: v.title!.trim(),
      category: v.category,
      detectedAt,
      ...(startedAt ? { startedAt } : {}),
      ...(v.description?.trim() ? { description: v.description.trim() } : {}),
      impact,
      assetIds,
    };
    create.mutate(body, {
      onSuccess: (incident) => void navigate(`/incidents/${incident.id}`),
      onError: form.fromProblem,
    });
  }

  return (
    <Page title={t('incidents.form.title')} lead={t('incidents.form.intro')}>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField {...fields.title!} name="title" maxLength={200} error={form.errors.fields.title} />
        <SelectField
          {...fields.category!}
          name="category"
          defaultValue="ransomware"
          options={INCIDENT_CATEGORIES.map((c) => ({ value: c, label: t(`incidents.categories.${c}`) }))}
        />
        <TextField
          {...fields.detectedAt!}
          name="detectedAt"
          type="datetime-local"
          defaultValue={toDutchInputValue(new Date())}
          hint={t('incidents.form.detectedHint')}
          error={form.errors.fields.detectedAt}
        />
        <TextField
          {...fields.startedAt!}
          name="startedAt"
          type="datetime-local"
          optional
          error={form.errors.fields.startedAt}
        />
        <TextAreaField
          {...fields.description!}
          name="description"
          optional
          maxLength={10_000}
          error={form.errors.fields.description}
        />

        <h2 className="utrecht-heading-2">{t('incidents.form.impactTitle')}</h2>
        <p className="utrecht-paragraph">{t('incidents.form.impactIntro')}</p>
        {ANSWERS.map((name) => (
          <AnswerGroup
            key={name}
            id={`incident-${name}`}
            name={name}
            legend={t(`incidents.form.${name}`)}
            error={form.errors.fields[`impact.${name}`]}
          />
        ))}
        {NUMBERS.map((name) => (
          <TextField
            key={name}
            {...fields[`impact.${name}`]!}
            name={name}
            inputMode="numeric"
            optional
            error={form.errors.fields[`impact.${name}`]}
          />
        ))}

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('incidents.form.assets')}
          </legend>
          {assets.data && assets.data.length === 0 && (
            <p className="utrecht-paragraph">{t('incidents.form.noAssets')}</p>
          )}
          {assets.data?.map((a) => (
            <div className="utrecht-form-field utrecht-form-field--checkbox" key={a.id}>
              <input
                id={`incident-asset-${a.id}`}
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={assetIds.includes(a.id)}
                onChange={(e) =>
                  setAssetIds(e.target.checked ? [...assetIds, a.id] : assetIds.filter((x) => x !== a.id))
                }
              />
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`incident-asset-${a.id}`}>
                {a.name} ({t(`incidents.assetKinds.${a.kind}`)}
                {a.crownJewel ? `, ${t('incidents.crownJewel')}` : ''})
              </label>
            </div>
          ))}
        </fieldset>

        <div className="weerbaar-actions">
          <SubmitButton busy={create.isPending} busyLabel={t('incidents.form.saving')}>
            {t('incidents.form.save')}
          </SubmitButton>
        </div>
      </form>
    </Page>
  );
}
