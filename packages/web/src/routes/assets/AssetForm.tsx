import {
  ASSET_KINDS,
  ASSET_TYPES,
  AssetCreateSchema,
  CIA_RATINGS,
  type Asset,
  type AssetCreate,
  type AssetKind,
} from '@weerbaar/core/assets';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formValues } from '../../forms/form-values.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';

const FIELDS = [
  'name',
  'kind',
  'assetType',
  'controlFunction',
  'description',
  'crownJewel',
  'owner',
  'confidentiality',
  'integrity',
  'availability',
  'maxTolerableDowntimeHours',
  'peopleServed',
] as const;

const CIA = ['confidentiality', 'integrity', 'availability'] as const;

/** A whole number typed in a text field ('' is no answer); anything else goes to the contract as NaN. */
function wholeNumber(raw: string | undefined): number | null {
  const text = (raw ?? '').trim().replace(/[.\s]/g, '');
  return text === '' ? null : /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

interface AssetFormProps {
  /** Prefix of the input ids, so a page can hold more than one form. */
  idPrefix: string;
  asset?: Asset;
  busy: boolean;
  submitLabel: string;
  /** Saves the values; resolves when saved, rejects with the API error otherwise. */
  onSave: (values: AssetCreate, form: HTMLFormElement) => Promise<unknown>;
}

/** The fields of a service or asset, for adding one and for changing one. */
export function AssetForm({ idPrefix, asset, busy, submitLabel, onSave }: AssetFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors(FIELDS);
  // The fields shown follow the kind: a type and control function for assets, downtime and people for services.
  const [kind, setKind] = useState<AssetKind>(asset?.kind ?? 'service');
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { id: `${idPrefix}-${f}`, label: t(`assets.fields.${f}`) }]),
  ) as Record<(typeof FIELDS)[number], { id: string; label: string }>;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const element = event.currentTarget;
    const v = formValues(element);
    const rating = (x: string | undefined) => (x ? Number(x) : null);
    const isAsset = v.kind === 'asset';
    const values: AssetCreate = {
      name: (v.name ?? '').trim(),
      kind: v.kind as AssetCreate['kind'],
      description: v.description?.trim() || null,
      crownJewel: v.crownJewel === 'on',
      owner: v.owner?.trim() || null,
      assetType: isAsset ? ((v.assetType || null) as AssetCreate['assetType']) : null,
      controlFunction: isAsset ? v.controlFunction?.trim() || null : null,
      confidentiality: rating(v.confidentiality),
      integrity: rating(v.integrity),
      availability: rating(v.availability),
      maxTolerableDowntimeHours: isAsset ? null : wholeNumber(v.maxTolerableDowntimeHours),
      peopleServed: isAsset ? null : wholeNumber(v.peopleServed),
    };
    // The same contract the server checks, so most mistakes never leave the page.
    if (!form.check(AssetCreateSchema, values)) return;
    onSave(values, element).catch((error: unknown) => {
      // The name is unique per kind in the organisation; the server names the field.
      if (isApiError(error) && error.code === 'conflict') {
        form.setErrors({ fields: { name: t('assets.form.nameTaken') } });
      } else form.fromProblem(error);
    });
  }

  return (
    <>
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.name}
          name="name"
          maxLength={200}
          autoComplete="off"
          defaultValue={asset?.name ?? ''}
          hint={t('assets.form.nameHint')}
          error={form.errors.fields.name}
        />
        <SelectField
          {...fields.kind}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as AssetKind)}
          hint={t('assets.form.kindHint')}
          options={ASSET_KINDS.map((k) => ({ value: k, label: t(`assets.kinds.${k}`) }))}
          error={form.errors.fields.kind}
        />
        {kind === 'asset' ? (
          <>
            <SelectField
              {...fields.assetType}
              name="assetType"
              defaultValue={asset?.assetType ?? ''}
              hint={t('assets.form.assetTypeHint')}
              options={[
                { value: '', label: t('assets.form.choose') },
                ...ASSET_TYPES.map((k) => ({ value: k, label: t(`assets.types.${k}`) })),
              ]}
              error={form.errors.fields.assetType}
            />
            <TextField
              {...fields.controlFunction}
              name="controlFunction"
              optional
              maxLength={500}
              defaultValue={asset?.controlFunction ?? ''}
              hint={t('assets.form.controlFunctionHint')}
              error={form.errors.fields.controlFunction}
            />
          </>
        ) : (
          <>
            <TextField
              {...fields.maxTolerableDowntimeHours}
              name="maxTolerableDowntimeHours"
              optional
              inputMode="numeric"
              defaultValue={asset?.maxTolerableDowntimeHours ?? ''}
              hint={t('assets.form.downtimeHint')}
              error={form.errors.fields.maxTolerableDowntimeHours}
            />
            <TextField
              {...fields.peopleServed}
              name="peopleServed"
              optional
              inputMode="numeric"
              defaultValue={asset?.peopleServed ?? ''}
              hint={t('assets.form.peopleServedHint')}
              error={form.errors.fields.peopleServed}
            />
          </>
        )}
        {CIA.map((f) => (
          <SelectField
            key={f}
            {...fields[f]}
            name={f}
            defaultValue={asset?.[f] ?? ''}
            hint={t(`assets.form.${f}Hint`)}
            options={[
              { value: '', label: t('assets.form.notRated') },
              ...CIA_RATINGS.map((r) => ({ value: String(r), label: t(`assets.ratings.${r}`) })),
            ]}
            error={form.errors.fields[f]}
          />
        ))}
        <div
          className={`utrecht-form-field utrecht-form-field--checkbox${form.errors.fields.crownJewel ? ' utrecht-form-field--invalid' : ''}`}
        >
          <input
            id={fields.crownJewel.id}
            name="crownJewel"
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            defaultChecked={asset?.crownJewel ?? false}
            aria-describedby={`${fields.crownJewel.id}-hint`}
          />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={fields.crownJewel.id}>
            {fields.crownJewel.label}
          </label>
          <div className="utrecht-form-field__description" id={`${fields.crownJewel.id}-hint`}>
            <p className="utrecht-form-field-description">{t('assets.form.crownJewelHint')}</p>
          </div>
        </div>
        <TextField
          {...fields.owner}
          name="owner"
          optional
          maxLength={200}
          defaultValue={asset?.owner ?? ''}
          hint={t('assets.form.ownerHint')}
          error={form.errors.fields.owner}
        />
        <TextAreaField
          {...fields.description}
          name="description"
          optional
          maxLength={4000}
          defaultValue={asset?.description ?? ''}
          error={form.errors.fields.description}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={busy} busyLabel={t('common.saving')}>
            {submitLabel}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
